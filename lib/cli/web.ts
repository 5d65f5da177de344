export async function main(_argv: string[]): Promise<number> { console.log('web todo'); return 0; }
