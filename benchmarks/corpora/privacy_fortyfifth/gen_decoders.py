"""Independent decoders: given the text before the span and the encoded run, recover the plain."""
import codecs, re


def _strip0(bs):
    return bytes(bs).rstrip(b'\x00').decode('ascii')


def d_ipv4(before, s):
    return _strip0(int(x) for a in s.split(', ') for x in a.split('.'))


def d_ipv6(before, s):
    return _strip0(bytes.fromhex(''.join(s.replace(' ', '').split(':'))))


def d_mac(before, s):
    return _strip0(bytes.fromhex(s.replace(':', '').replace(' ', '')))


def d_arpa(before, s):
    assert s.endswith('.ip6.arpa')
    nibs = s[:-len('.ip6.arpa')].split('.')
    return bytes.fromhex(''.join(nibs[::-1])).decode()


def d_oid(before, s):
    prefix = re.search(r'prefix ([\d.]+) comes', before).group(1)
    assert s.startswith(prefix + '.')
    arcs = [int(x) for x in s[len(prefix) + 1:].split('.')]
    n = arcs[0]
    assert len(arcs) == n + 1
    return ''.join(map(chr, arcs[1:]))


def d_offset(before, s, sep, pat):
    off = int(re.search(pat, before).group(1))
    return ''.join(chr(int(x) - off) for x in s.split(sep))


def d_vlan(before, s):
    return d_offset(before, s, ',', r'subtract (\d+) from')


def d_community(before, s):
    codes = [int(x) for pair in s.split(' ') for x in pair.split(':')]
    while codes and codes[-1] == 0:
        codes.pop()
    return ''.join(map(chr, codes))


def d_syslog(before, s):
    return ''.join(chr(int(re.match(r'<(\d+)>', ln).group(1))) for ln in s.split('\n'))


def d_traceroute(before, s):
    return ''.join(chr(int(re.search(r'\s(\d+)\.\d{3} ms$', ln).group(1))) for ln in s.split('\n'))


def d_ports(before, s):
    return ''.join(chr(int(x.rsplit('/', 1)[1])) for x in s.split(' '))


def d_tbcd(before, s):
    digits = ''
    for i in range(0, len(s), 2):
        lo, hi = s[i], s[i + 1]
        digits += hi + lo
    digits = digits.rstrip('F')
    return ''.join(chr(int(digits[i:i + 3])) for i in range(0, len(digits), 3))


def d_ebcdic(before, s):
    return codecs.decode(bytes.fromhex(s.replace(' ', '')), 'cp037')


def d_hdlc(before, s):
    flag = '01111110'
    assert s.startswith(flag) and s.endswith(flag)
    body = s[8:-8]
    bits, run, skip = [], 0, False
    for bit in body:
        if skip:
            assert bit == '0'
            skip, run = False, 0
            continue
        bits.append(bit)
        run = run + 1 if bit == '1' else 0
        if run == 5:
            skip = True
    assert len(bits) % 8 == 0
    out = []
    for i in range(0, len(bits), 8):
        out.append(sum(int(b) << k for k, b in enumerate(bits[i:i + 8])))
    return bytes(out).decode()


def d_ucs2(before, s):
    return bytes.fromhex(s.replace(' ', '')).decode('utf-16-be')


def d_4b5b(before, s):
    table = dict(re.findall(r'([0-9A-F])=([01]{5})', before))
    inv = {v: int(k, 16) for k, v in table.items()}
    assert len(inv) == 16
    return ''.join(chr(inv[g[:5]] * 16 + inv[g[5:]]) for g in s.split(' '))


def d_gray(before, s):
    out = ''
    for g in s.split(' '):
        n = int(g, 2)
        b, shift = n, n >> 1
        while shift:
            b ^= shift
            shift >>= 1
        out += chr(b)
    return out


def d_qpsk(before, s):
    inv = {v: k for k, v in re.findall(r'([01]{2})=(\d+)', before)}
    return ''.join(chr(int(''.join(inv[x] for x in grp.split(' ')), 2)) for grp in s.split(' | '))


def d_qam(before, s):
    inv = {int(v): k for k, v in re.findall(r'([01]{2})=([+-]?\d)', before)}
    pts = re.findall(r'\(([+-]\d),([+-]\d)\)', s)
    bits = ''.join(inv[int(i)] + inv[int(q)] for i, q in pts)
    return ''.join(chr(int(bits[k:k + 8], 2)) for k in range(0, len(bits), 8))


def d_dtmf(before, s):
    rows, cols = [697, 770, 852, 941], [1209, 1336, 1477]
    pad = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['*', '0', '#']]
    out = ''
    for ch in s.split(' / '):
        ds = ''
        for pair in ch.split(' '):
            lo, hi = map(int, pair.split('+'))
            ds += pad[rows.index(lo)][cols.index(hi)]
        out += chr(int(ds))
    return out


def d_mlt3(before, s):
    prev, out = '0', ''
    for grp in s.split(' '):
        bits = ''
        for lv in grp:
            bits += '0' if lv == prev else '1'
            prev = lv
        out += chr(int(bits, 2))
    return out


def d_aspath(before, s):
    return d_offset(before, s, ' ', r'ASN minus (\d+) is')


def d_mpls(before, s):
    return d_offset(before, s, '/', r'label minus (\d+) is')


DEC = {
    'ipv4_dotted_quad_octets': d_ipv4, 'ipv6_full_hextets': d_ipv6, 'mac_address_six_octets': d_mac,
    'ip6_arpa_reversed_nibbles': d_arpa, 'snmp_oid_string_index': d_oid, 'vlan_trunk_allowed_list': d_vlan,
    'bgp_community_pairs': d_community, 'syslog_pri_header_lines': d_syslog, 'traceroute_hop_rtt_ms': d_traceroute,
    'switch_interface_port_numbers': d_ports, 'tbcd_swapped_nibbles': d_tbcd, 'ebcdic_cp037_hex': d_ebcdic,
    'hdlc_bit_stuffed_stream': d_hdlc, 'ucs2_sms_code_units': d_ucs2, 'nibble_4b5b_codegroups': d_4b5b,
    'gray_code_octets': d_gray, 'qpsk_phase_degrees': d_qpsk, 'qam16_constellation_points': d_qam,
    'dtmf_frequency_pairs': d_dtmf, 'mlt3_level_trace': d_mlt3, 'private_asn_path': d_aspath, 'mpls_label_stack': d_mpls,
}

# hand-worked known answers for plain 'Hi7' (H=72 i=105 7=55)
KAT = {
    'ipv4_dotted_quad_octets': ('', '72.105.55.0'),
    'ucs2_sms_code_units': ('', '0048 0069 0037'),
    'ebcdic_cp037_hex': ('', 'C8 89 F7'),
    'tbcd_swapped_nibbles': ('', '70125050F5'),
    'gray_code_octets': ('', '01101100 01011101 00101100'),
    'vlan_trunk_allowed_list': ('subtract 1000 from', '1072,1105,1055'),
    'bgp_community_pairs': ('', '72:105 55:0'),
    'switch_interface_port_numbers': ('', 'Gi1/0/72 Gi1/0/105 Gi1/0/55'),
    'dtmf_frequency_pairs': ('', '941+1336 852+1209 697+1336 / 697+1209 941+1336 770+1336 / 941+1336 770+1336 770+1336'),
    'mac_address_six_octets': ('', '48:69:37:00:00:00'),
    'ip6_arpa_reversed_nibbles': ('', '7.3.9.6.8.4.ip6.arpa'),
}


def self_test():
    for k, (before, s) in KAT.items():
        got = DEC[k](before, s)
        assert got == 'Hi7', (k, got)
    return len(KAT)
