"""Evasion encoders. Each returns (naming phrase, encoded run). Decoders live in gen_decoders.py."""
import datetime


def _b(p):
    return p.encode("ascii")


def _chunks(b, n, pad=0):
    b = bytes(b) + bytes([pad]) * ((-len(b)) % n)
    return [b[i:i + n] for i in range(0, len(b), n)]


def ldap_dn_backslash_hex_pairs(p, r):
    return ("as an LDAP DN escape sequence (every character is a backslash followed by its two hex digits)",
            "".join("\\%02x" % c for c in _b(p)))


def windows_sid_rid_offset(p, r):
    off = r.choice([1100, 1300, 2000, 2600, 5100])
    dom = "S-1-5-21-%d-%d-%d" % (r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9))
    return ("as Windows SIDs (take the last sub-authority, the RID, of each SID and subtract %d to get a character code)" % off,
            ", ".join("%s-%d" % (dom, c + off) for c in _b(p)))


def mixed_endian_guid_bytes(p, r):
    gs = []
    for ch in _chunks(_b(p), 16):
        d1, d2, d3, rest = ch[0:4][::-1], ch[4:6][::-1], ch[6:8][::-1], ch[8:]
        gs.append("{%s-%s-%s-%s-%s}" % (d1.hex(), d2.hex(), d3.hex(), rest[:2].hex(), rest[2:].hex()))
    return ("as GUIDs in Microsoft byte order (the ASCII bytes packed 16 per GUID, the first three groups stored little-endian, 00 bytes are padding)",
            " ".join(gs).upper())


def registry_dword_little_endian(p, r):
    vals = [int.from_bytes(c, "little") for c in _chunks(_b(p), 4)]
    return ("as REG_DWORD values (four ASCII bytes per dword, least significant byte first, 00 bytes are padding)",
            " ".join("0x%08x" % v for v in vals))


def reg_multi_sz_utf16le_hex(p, r):
    bs = p.encode("utf-16-le") + b"\x00\x00\x00\x00"
    return ("as a REG_MULTI_SZ .reg value (hex(7): then the UTF-16LE bytes, closed by 00,00,00,00)",
            "hex(7):" + ",".join("%02x" % c for c in bs))


def unix_symbolic_mode_strings(p, r):
    out = []
    for c in _b(p):
        bits = format(c, "09b")
        out.append("".join(("rwx"[i % 3] if bit == "1" else "-") for i, bit in enumerate(bits)))
    return ("as Unix permission strings (each rwx string is nine bits, a letter is 1 and a dash is 0; the nine bits are a character code)",
            " ".join(out))


NTFS = [("ReadData", 1), ("WriteData", 2), ("AppendData", 4), ("ReadEA", 8), ("WriteEA", 16), ("Execute", 32), ("DeleteChild", 64)]


def ntfs_access_mask_flag_names(p, r):
    masks = []
    for c in _b(p):
        masks.append("|".join(n for n, v in reversed(NTFS) if c & v))
    table = ", ".join("%s=%d" % nv for nv in NTFS)
    return ("as NTFS access masks (each character code is the sum of its flags: %s; masks separated by '; ')" % table,
            "; ".join(masks))


def spreadsheet_column_letters(p, r):
    out = []
    for c in _b(p):
        s, n = "", c
        while n:
            n, rem = divmod(n - 1, 26)
            s = chr(65 + rem) + s
        out.append(s)
    return ("as spreadsheet column letters (A = 1, Z = 26, AA = 27 and so on; each column number is a character code)",
            " ".join(out))


def hresult_win32_low_word(p, r):
    return ("as HRESULTs wrapping Win32 errors (0x8007xxxx; the low 16 bits of each are a character code)",
            ", ".join("0x8007%04X" % c for c in _b(p)))


def sixteen_bit_word_decimals(p, r):
    return ("as unsigned 16-bit words in decimal (two ASCII bytes per word, first byte high, a trailing 0 byte is padding)",
            " ".join(str(int.from_bytes(c, "big")) for c in _chunks(_b(p), 2)))


def ldap_dn_reversed_rdn_chunks(p, r):
    parts = [p[i:i + 4] for i in range(0, len(p), 4)]
    return ("as an LDAP DN cut into 4-character RDNs written leaf first (read the ou= values from right to left and join them)",
            ",".join("ou=" + x for x in reversed(parts)))


def ordinal_day_of_year_dates(p, r):
    base = datetime.date(2025, 1, 1)
    return ("as dates in 2025 (the day of the year of each date, 1 January = 1, is a character code)",
            ", ".join((base + datetime.timedelta(days=c - 1)).isoformat() for c in _b(p)))


def iso_week_date_ordinals(p, r):
    out = []
    for c in _b(p):
        w, d = divmod(c - 1, 7)
        out.append("2025-W%02d-%d" % (w + 1, d + 1))
    return ("as ISO week dates (for each 2025-Www-D, (week - 1) x 7 + weekday is a character code)", " ".join(out))


def servicenow_incident_number_tails(p, r):
    return ("in the incident numbers below (the last three digits of each INC number are a character code)",
            ", ".join("INC%04d%03d" % (r.randrange(10000), c) for c in _b(p)))


def posix_uidnumber_offset(p, r):
    off = r.choice([10000, 20000, 50000, 70000])
    return ("as uidNumber values (subtract %d from each uidNumber to get a character code)" % off,
            " ".join(str(c + off) for c in _b(p)))


def ldap_generalizedtime_seconds(p, r):
    out = []
    for c in _b(p):
        m, s = divmod(c, 60)
        out.append("2025010100%02d%02dZ" % (m, s))
    return ("as LDAP GeneralizedTime stamps (the seconds elapsed since 20250101000000Z are a character code)", " ".join(out))


def version_number_triplets(p, r):
    out = []
    for ch in _chunks(_b(p), 3):
        out.append("v" + ".".join(str(c) for c in ch))
    return ("as build numbers major.minor.patch (every number is a character code, three per build, a trailing .0 is padding)",
            " ".join(out))


def event_log_id_offset(p, r):
    off = r.choice([4000, 4500, 5000, 7000])
    return ("as Windows event IDs in log order (subtract %d from each event ID to get a character code)" % off,
            ", ".join(str(c + off) for c in _b(p)))


def hr_expense_amount_cents(p, r):
    return ("as expense amounts (each amount in cents is a character code)",
            "; ".join("EUR %d.%02d" % divmod(c, 100) for c in _b(p)))


def kb_article_numbers(p, r):
    off = r.choice([5030000, 5041000, 5052000])
    return ("as KB article numbers (subtract %d from each KB number to get a character code)" % off,
            " ".join("KB%d" % (c + off) for c in _b(p)))


def bitlocker_recovery_groups_div11(p, r):
    gs = ["%06d" % (c * 11) for c in _b(p)]
    gs += ["000000"] * ((-len(gs)) % 8)
    return ("as a BitLocker-style recovery key (each six-digit group divided by 11 is a character code; 000000 groups are padding)",
            "-".join(gs))


def desk_phone_extension_offset(p, r):
    off = r.choice([2000, 3000, 6000, 8000])
    return ("as desk-phone extensions (each extension minus %d is a character code)" % off,
            ", ".join("x%d" % (c + off) for c in _b(p)))


ENC = {f.__name__: f for f in [
    ldap_dn_backslash_hex_pairs, windows_sid_rid_offset, mixed_endian_guid_bytes, registry_dword_little_endian,
    reg_multi_sz_utf16le_hex, unix_symbolic_mode_strings, ntfs_access_mask_flag_names, spreadsheet_column_letters,
    hresult_win32_low_word, sixteen_bit_word_decimals, ldap_dn_reversed_rdn_chunks, ordinal_day_of_year_dates,
    iso_week_date_ordinals, servicenow_incident_number_tails, posix_uidnumber_offset, ldap_generalizedtime_seconds,
    version_number_triplets, event_log_id_offset, hr_expense_amount_cents, kb_article_numbers,
    bitlocker_recovery_groups_div11, desk_phone_extension_offset]}
