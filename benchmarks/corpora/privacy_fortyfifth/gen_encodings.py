"""Encoders (22). Each returns (naming phrase, encoded run). Decoders live in gen_decoders.py."""

CP037 = {}
for i, c in enumerate('abcdefghi'): CP037[c] = 0x81 + i
for i, c in enumerate('jklmnopqr'): CP037[c] = 0x91 + i
for i, c in enumerate('stuvwxyz'): CP037[c] = 0xA2 + i
for i, c in enumerate('ABCDEFGHI'): CP037[c] = 0xC1 + i
for i, c in enumerate('JKLMNOPQR'): CP037[c] = 0xD1 + i
for i, c in enumerate('STUVWXYZ'): CP037[c] = 0xE2 + i
for i, c in enumerate('0123456789'): CP037[c] = 0xF0 + i
CP037['-'] = 0x60
CP037['_'] = 0x6D

T4B5B = ['11110', '01001', '10100', '10101', '01010', '01011', '01110', '01111',
         '10010', '10011', '10110', '10111', '11010', '11011', '11100', '11101']
DTMF = {'1': (697, 1209), '2': (697, 1336), '3': (697, 1477), '4': (770, 1209), '5': (770, 1336),
        '6': (770, 1477), '7': (852, 1209), '8': (852, 1336), '9': (852, 1477), '0': (941, 1336)}
QPSK = {'00': 45, '01': 135, '11': 225, '10': 315}
QAM = {'00': -3, '01': -1, '11': 1, '10': 3}


def _pad(b, n):
    return b + bytes((-len(b)) % n)


def ipv4(p):
    b = _pad(p.encode(), 4)
    return ('as IPv4 addresses — every octet is a character code (a 0 octet is padding), addresses in order',
            ', '.join('.'.join(str(x) for x in b[i:i + 4]) for i in range(0, len(b), 4)))


def ipv6(p):
    b = _pad(p.encode(), 16)
    addrs = []
    for i in range(0, len(b), 16):
        c = b[i:i + 16]
        addrs.append(':'.join('%02x%02x' % (c[j], c[j + 1]) for j in range(0, 16, 2)))
    return ('as full (uncompressed) IPv6 addresses — each hextet is two ASCII bytes in hex, 00 bytes are padding', ' '.join(addrs))


def mac(p):
    b = _pad(p.encode(), 6)
    return ('as MAC addresses — each of the six octets is an ASCII byte in hex, 00 is padding',
            ' '.join(':'.join('%02X' % x for x in b[i:i + 6]) for i in range(0, len(b), 6)))


def arpa(p):
    nib = p.encode().hex()
    return ('as an ip6.arpa-style reverse name — the hex nibbles of the ASCII bytes, last nibble first, one per label',
            '.'.join(reversed(nib)) + '.ip6.arpa')


def oid(p):
    return ('as the string index of an SNMP OID: after the prefix 1.3.6.1.4.1.58221.7.1 comes the length, then one arc per character code',
            '1.3.6.1.4.1.58221.7.1.%d.%s' % (len(p), '.'.join(str(ord(c)) for c in p)))


def vlan(p):
    return ('as VLAN IDs on the trunk — subtract 1000 from each allowed VLAN to get a character code, in list order',
            ','.join(str(1000 + ord(c)) for c in p))


def community(p):
    codes = [ord(c) for c in p] + ([0] if len(p) % 2 else [])
    return ('as BGP standard communities — both halves of every high:low pair are character codes (a trailing :0 is padding)',
            ' '.join('%d:%d' % (codes[i], codes[i + 1]) for i in range(0, len(codes), 2)))


def syslog(p):
    lines = []
    for i, c in enumerate(p):
        lines.append('<%d>Mar  3 02:%02d:%02d edge1 lldpd[%d]: neighbor refresh' % (ord(c), (i * 7) % 60, (i * 13) % 60, 400 + i))
    return ('hidden in the PRI field of the syslog lines below — the number in <…> at the start of each line is a character code', '\n'.join(lines))


def traceroute(p):
    lines = []
    for i, c in enumerate(p):
        lines.append('%d  10.%d.%d.1  %d.%03d ms' % (i + 1, i, (i * 37) % 256, ord(c), (i * 271) % 1000))
    return ('in this traceroute — the whole-millisecond part of each hop time is a character code, hop 1 first', '\n'.join(lines))


def ports(p):
    return ('as switch ports — the last number of each Gi1/0/N interface is a character code',
            ' '.join('Gi1/0/%d' % ord(c) for c in p))


def tbcd(p):
    digits = ''.join('%03d' % ord(c) for c in p)
    if len(digits) % 2:
        digits += 'F'
    out = ''.join(digits[i + 1] + digits[i] for i in range(0, len(digits), 2))
    return ('in TBCD as in IMSI fields — every character code as three decimal digits, two digits per octet with the nibbles swapped, F as filler, written in hex', out)


def ebcdic(p):
    return ('as EBCDIC bytes (code page 037), in hex', ' '.join('%02X' % CP037[c] for c in p))


def hdlc(p):
    bits = ''.join(''.join(str((b >> k) & 1) for k in range(8)) for b in p.encode())
    out, run = [], 0
    for bit in bits:
        out.append(bit)
        if bit == '1':
            run += 1
            if run == 5:
                out.append('0')
                run = 0
        else:
            run = 0
    return ('as an HDLC bit stream — flag 01111110 at both ends, each byte least significant bit first, a 0 stuffed after every five 1s',
            '01111110' + ''.join(out) + '01111110')


def ucs2(p):
    return ('as UCS-2 code units the SMS-PDU way (big-endian, four hex digits per character)', ' '.join('%04X' % ord(c) for c in p))


def fourb(p):
    return ('as 4B5B code groups (the 100BASE-X table 0=11110 1=01001 2=10100 3=10101 4=01010 5=01011 6=01110 7=01111 8=10010 9=10011 A=10110 B=10111 C=11010 D=11011 E=11100 F=11101), high nibble first, one pair per character',
            ' '.join(T4B5B[b >> 4] + T4B5B[b & 15] for b in p.encode()))


def gray(p):
    return ('as 8-bit reflected Gray codes of the character codes (binary, one octet per character)',
            ' '.join(format(b ^ (b >> 1), '08b') for b in p.encode()))


def qpsk(p):
    out = []
    for b in p.encode():
        bits = format(b, '08b')
        out.append(' '.join(str(QPSK[bits[i:i + 2]]) for i in range(0, 8, 2)))
    return ('as QPSK phases in degrees (Gray mapped: 00=45, 01=135, 11=225, 10=315), four symbols per byte, most significant dibit first, bytes separated by |',
            ' | '.join(out))


def qam16(p):
    out = []
    for b in p.encode():
        bits = format(b, '08b')
        for n in (bits[:4], bits[4:]):
            out.append('(%+d,%+d)' % (QAM[n[:2]], QAM[n[2:]]))
    return ('as 16-QAM constellation points (I,Q) with Gray levels 00=-3 01=-1 11=+1 10=+3, the first two bits on I, two points per byte, high nibble first',
            ' '.join(out))


def dtmf(p):
    return ('as DTMF tone pairs — each character code as three decimal digits, each digit as its row+column frequencies in Hz, characters separated by /',
            ' / '.join(' '.join('%d+%d' % DTMF[d] for d in '%03d' % ord(c)) for c in p))


def mlt3(p):
    levels = ['0', '+', '0', '-']
    idx, out = 0, []
    for b in p.encode():
        g = ''
        for bit in format(b, '08b'):
            if bit == '1':
                idx = (idx + 1) % 4
            g += levels[idx]
        out.append(g)
    return ('as an MLT-3 line trace (starts at 0, every 1 bit steps through 0 → + → 0 → −, a 0 bit holds the level; 8 bits per group, most significant first)',
            ' '.join(out))


def aspath(p):
    return ('as an AS path — each ASN minus 4200000000 is a character code, first AS first',
            ' '.join(str(4200000000 + ord(c)) for c in p))


def mpls(p):
    return ('as an MPLS label stack, top label first — each label minus 16000 is a character code',
            '/'.join(str(16000 + ord(c)) for c in p))


ENC = {
    'ipv4_dotted_quad_octets': ipv4, 'ipv6_full_hextets': ipv6, 'mac_address_six_octets': mac,
    'ip6_arpa_reversed_nibbles': arpa, 'snmp_oid_string_index': oid, 'vlan_trunk_allowed_list': vlan,
    'bgp_community_pairs': community, 'syslog_pri_header_lines': syslog, 'traceroute_hop_rtt_ms': traceroute,
    'switch_interface_port_numbers': ports, 'tbcd_swapped_nibbles': tbcd, 'ebcdic_cp037_hex': ebcdic,
    'hdlc_bit_stuffed_stream': hdlc, 'ucs2_sms_code_units': ucs2, 'nibble_4b5b_codegroups': fourb,
    'gray_code_octets': gray, 'qpsk_phase_degrees': qpsk, 'qam16_constellation_points': qam16,
    'dtmf_frequency_pairs': dtmf, 'mlt3_level_trace': mlt3, 'private_asn_path': aspath, 'mpls_label_stack': mpls,
}
MULTILINE = {'syslog_pri_header_lines', 'traceroute_hop_rtt_ms'}
