export async function main(_argv: string[]): Promise<number> { console.log('extract todo'); return 0; }
