export async function main(_argv: string[]): Promise<number> { console.log('worker todo'); return 0; }
