"""Evasion decoders, written independently of the encoders.
Each gets only the text before the span and the encoded run, and returns the plain."""
import re


def _num_after(before, word):
    m = re.findall(word + r" (\d+)", before)
    if not m:
        raise ValueError("no parameter " + word)
    return int(m[-1])


def _s(codes):
    return "".join(chr(c) for c in codes if c)


def d_ldap_hex(b, run):
    assert run.startswith("\\")
    return _s(int(x, 16) for x in run.split("\\")[1:])


def d_sid(b, run):
    off = _num_after(b, "subtract")
    return _s(int(s.strip().rsplit("-", 1)[1]) - off for s in run.split(","))


def d_guid(b, run):
    out = bytearray()
    for g in re.findall(r"\{([0-9A-Fa-f-]+)\}", run):
        a, bb, c, d, e = g.split("-")
        for grp in (a, bb, c):
            out += bytes.fromhex(grp)[::-1]
        out += bytes.fromhex(d + e)
    return _s(out)


def d_dword(b, run):
    out = bytearray()
    for tok in run.split():
        v = int(tok, 16)
        for i in range(4):
            out.append((v >> (8 * i)) & 0xFF)
    return _s(out)


def d_multisz(b, run):
    assert run.startswith("hex(7):")
    raw = bytes(int(x, 16) for x in run[7:].split(","))
    assert raw.endswith(b"\x00\x00\x00\x00")
    return raw[:-4].decode("utf-16-le")


def d_mode(b, run):
    out = []
    for tok in run.split():
        assert len(tok) == 9
        v = 0
        for ch in tok:
            v = v * 2 + (0 if ch == "-" else 1)
        out.append(v)
    return _s(out)


def d_ntfs(b, run):
    table = dict((n, int(v)) for n, v in re.findall(r"(\w+)=(\d+)", b))
    return _s(sum(table[f] for f in m.split("|")) for m in run.split("; "))


def d_cols(b, run):
    out = []
    for tok in run.split():
        v = 0
        for ch in tok:
            v = v * 26 + (ord(ch) - 64)
        out.append(v)
    return _s(out)


def d_hresult(b, run):
    out = []
    for tok in run.split(", "):
        v = int(tok, 16)
        assert v >> 16 == 0x8007
        out.append(v & 0xFFFF)
    return _s(out)


def d_words16(b, run):
    out = []
    for tok in run.split():
        v = int(tok)
        out += [v // 256, v % 256]
    return _s(out)


def d_dnrev(b, run):
    rdns = run.split(",")
    return "".join(x[3:] for x in rdns[::-1])


_CUM = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]  # 2025 is not a leap year


def d_doy(b, run):
    out = []
    for tok in run.split(", "):
        y, m, d = (int(x) for x in tok.split("-"))
        assert y == 2025
        out.append(_CUM[m - 1] + d)
    return _s(out)


def d_isoweek(b, run):
    out = []
    for tok in run.split():
        m = re.fullmatch(r"2025-W(\d\d)-(\d)", tok)
        out.append((int(m.group(1)) - 1) * 7 + int(m.group(2)))
    return _s(out)


def d_inc(b, run):
    return _s(int(t.strip()[-3:]) for t in run.split(","))


def d_uid(b, run):
    off = _num_after(b, "subtract")
    return _s(int(t) - off for t in run.split())


def d_gtime(b, run):
    out = []
    for tok in run.split():
        m = re.fullmatch(r"2025010100(\d\d)(\d\d)Z", tok)
        out.append(int(m.group(1)) * 60 + int(m.group(2)))
    return _s(out)


def d_ver(b, run):
    out = []
    for tok in run.split():
        out += [int(x) for x in tok[1:].split(".")]
    return _s(out)


def d_event(b, run):
    off = _num_after(b, "subtract")
    return _s(int(t) - off for t in run.split(", "))


def d_cents(b, run):
    out = []
    for tok in run.split("; "):
        eur, cents = tok.replace("EUR ", "").split(".")
        out.append(int(eur) * 100 + int(cents))
    return _s(out)


def d_kb(b, run):
    off = _num_after(b, "subtract")
    return _s(int(t[2:]) - off for t in run.split())


def d_bitlocker(b, run):
    out = []
    for g in run.split("-"):
        v = int(g)
        assert v % 11 == 0
        out.append(v // 11)
    return _s(out)


def d_ext(b, run):
    off = _num_after(b, "minus")
    return _s(int(t.strip()[1:]) - off for t in run.split(","))


DEC = {
    "ldap_dn_backslash_hex_pairs": d_ldap_hex, "windows_sid_rid_offset": d_sid,
    "mixed_endian_guid_bytes": d_guid, "registry_dword_little_endian": d_dword,
    "reg_multi_sz_utf16le_hex": d_multisz, "unix_symbolic_mode_strings": d_mode,
    "ntfs_access_mask_flag_names": d_ntfs, "spreadsheet_column_letters": d_cols,
    "hresult_win32_low_word": d_hresult, "sixteen_bit_word_decimals": d_words16,
    "ldap_dn_reversed_rdn_chunks": d_dnrev, "ordinal_day_of_year_dates": d_doy,
    "iso_week_date_ordinals": d_isoweek, "servicenow_incident_number_tails": d_inc,
    "posix_uidnumber_offset": d_uid, "ldap_generalizedtime_seconds": d_gtime,
    "version_number_triplets": d_ver, "event_log_id_offset": d_event,
    "hr_expense_amount_cents": d_cents, "kb_article_numbers": d_kb,
    "bitlocker_recovery_groups_div11": d_bitlocker, "desk_phone_extension_offset": d_ext,
}

# hand-worked known answers for plain "Hi7" (H=72, i=105, 7=55)
KAT = {
    "ldap_dn_backslash_hex_pairs": ("", "\\48\\69\\37"),
    "registry_dword_little_endian": ("", "0x00376948"),
    "spreadsheet_column_letters": ("", "BT DA BC"),
    "sixteen_bit_word_decimals": ("", "18537 14080"),
    "unix_symbolic_mode_strings": ("", "--x--x--- --xx-x--x ---xx-xxx"),
    "hresult_win32_low_word": ("", "0x80070048, 0x80070069, 0x80070037"),
    "ordinal_day_of_year_dates": ("", "2025-03-13, 2025-04-15, 2025-02-24"),
    "iso_week_date_ordinals": ("", "2025-W11-2 2025-W15-7 2025-W08-6"),
    "ldap_generalizedtime_seconds": ("", "20250101000112Z 20250101000145Z 20250101000055Z"),
    "version_number_triplets": ("", "v72.105.55"),
    "bitlocker_recovery_groups_div11": ("", "000792-001155-000605-000000-000000-000000-000000-000000"),
    "kb_article_numbers": ("subtract 5030000 from", "KB5030072 KB5030105 KB5030055"),
    "mixed_endian_guid_bytes": ("", "{00376948-0000-0000-0000-000000000000}"),
    "reg_multi_sz_utf16le_hex": ("", "hex(7):48,00,69,00,37,00,00,00,00,00"),
    "ldap_dn_reversed_rdn_chunks": ("", "ou=Hi7"),
}


def self_test():
    for enc, (before, run) in KAT.items():
        got = DEC[enc](before, run)
        assert got == "Hi7", (enc, got)
    return len(KAT)
