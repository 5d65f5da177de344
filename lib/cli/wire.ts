export async function main(_argv: string[]): Promise<number> { console.log('wire todo'); return 0; }
