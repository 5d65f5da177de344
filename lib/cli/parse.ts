export async function main(_argv: string[]): Promise<number> { console.log('parse todo'); return 0; }
