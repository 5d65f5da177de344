export async function main(_argv: string[]): Promise<number> { console.log('start todo'); return 0; }
