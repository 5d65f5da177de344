// Which IP addresses a feed fetch may connect to (the SSRF guard's rule).
import { isIP } from 'node:net';

export const PRIVATE_HINT = 'set VIGIA_ALLOW_PRIVATE_SOURCES=true or mark the source private';

/**
 * The kind of a non-public address ('loopback', 'private', 'link-local', ...), or null when the address is
 * public. IPv4-mapped, NAT64 and 6to4 IPv6 addresses are judged by the IPv4 address they carry.
 * Anything that is not an IP address is refused as 'invalid'.
 */
export function blockedKind(address: string): string | null {
  let ip = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  ip = ip.split('%')[0]!; // fe80::1%eth0
  const version = isIP(ip);
  if (version === 4) return v4Kind(parseV4(ip));
  if (version === 6) return v6Kind(parseV6(ip));
  return 'invalid';
}

function parseV4(ip: string): number {
  const [a, b, c, d] = ip.split('.').map(Number) as [number, number, number, number];
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function inV4(n: number, base: string, bits: number): boolean {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (n & mask) >>> 0 === (parseV4(base) & mask) >>> 0;
}

function v4Kind(n: number): string | null {
  if (inV4(n, '0.0.0.0', 8)) return 'unspecified';
  if (inV4(n, '127.0.0.0', 8)) return 'loopback';
  if (inV4(n, '10.0.0.0', 8) || inV4(n, '172.16.0.0', 12) || inV4(n, '192.168.0.0', 16)) return 'private';
  if (inV4(n, '100.64.0.0', 10)) return 'carrier-grade NAT';
  if (inV4(n, '169.254.0.0', 16)) return 'link-local';
  if (inV4(n, '192.0.0.0', 24) || inV4(n, '198.18.0.0', 15)) return 'reserved';
  if (inV4(n, '224.0.0.0', 4)) return 'multicast';
  if (inV4(n, '240.0.0.0', 4)) return 'reserved'; // includes the broadcast address 255.255.255.255
  return null;
}

/** Eight 16-bit groups; accepts '::' and a trailing dotted IPv4 part. The input is known to be valid. */
function parseV6(ip: string): number[] {
  let s = ip.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = parseV4(dotted[1]!);
    s = s.slice(0, -dotted[1]!.length) + (n >>> 16).toString(16) + ':' + (n & 0xffff).toString(16);
  }
  const parts = s.split('::');
  const head = parts[0] ? parts[0].split(':') : [];
  const tail = parts.length > 1 && parts[1] ? parts[1].split(':') : [];
  const fill = parts.length > 1 ? Array<string>(8 - head.length - tail.length).fill('0') : [];
  return [...head, ...fill, ...tail].map((g) => parseInt(g, 16));
}

function v6Kind(g: number[]): string | null {
  const embedded = (hi: number, lo: number) => v4Kind(((hi << 16) | lo) >>> 0);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  if (zeros(0, 5) && g[5] === 0xffff) return embedded(g[6]!, g[7]!); // IPv4-mapped ::ffff:a.b.c.d
  if (zeros(0, 6)) return 'reserved'; // IPv4-compatible ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return embedded(g[6]!, g[7]!); // NAT64
  if (g[0] === 0x2002) return embedded(g[1]!, g[2]!); // 6to4
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'private'; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xffc0) === 0xfec0) return 'site-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  return null;
}
