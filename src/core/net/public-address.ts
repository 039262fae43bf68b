import ipaddr from 'ipaddr.js';

/**
 * Whether an address is on the public internet: IPv4 unicast outside the private, loopback,
 * link-local, CGNAT, multicast, benchmarking, documentation and other reserved ranges; IPv6 global
 * unicast (2000::/3) only, with an IPv4-mapped address judged as the IPv4 address it carries.
 * Not an address at all: false.
 */
export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === 'unicast';
    // 6to4, Teredo, NAT64 and IPv4-compatible forms can smuggle an internal IPv4 address: refused.
    const first = v6.parts[0] ?? 0;
    return v6.range() === 'unicast' && first >= 0x2000 && first <= 0x3fff;
  }
  return parsed.range() === 'unicast';
}
