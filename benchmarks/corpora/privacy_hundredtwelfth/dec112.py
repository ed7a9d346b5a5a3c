"""Independent decoder for p112 evasions: gets only the encoding name and the run."""
import re, unicodedata

R = {'M': 1000, 'D': 500, 'C': 100, 'L': 50, 'X': 10, 'V': 5, 'I': 1}
EO = {'unu': 1, 'du': 2, 'tri': 3, 'kvar': 4, 'kvin': 5, 'ses': 6, 'sep': 7, 'ok': 8, 'naŭ': 9}
ID = {'satu': 1, 'dua': 2, 'tiga': 3, 'empat': 4, 'lima': 5, 'enam': 6, 'tujuh': 7, 'delapan': 8, 'sembilan': 9}


def roman(t):
    tot = 0
    for i, ch in enumerate(t):
        v = R[ch]
        tot += -v if i + 1 < len(t) and R[t[i + 1]] > v else v
    return tot


def eo(t):
    tot = 0
    for w in t.split():
        if w.endswith('cent'):
            tot += 100 * (EO[w[:-4]] if w[:-4] else 1)
        elif w.endswith('dek'):
            tot += 10 * (EO[w[:-3]] if w[:-3] else 1)
        else:
            tot += EO[w]
    return tot


def ind(t):
    ws, tot, i = t.split(), 0, 0
    while i < len(ws):
        w = ws[i]
        if w == 'seratus': tot += 100
        elif w == 'sepuluh': tot += 10
        elif w == 'sebelas': tot += 11
        else:
            n = ID[w]
            nxt = ws[i + 1] if i + 1 < len(ws) else ''
            if nxt == 'belas': tot += 10 + n; i += 1
            elif nxt == 'puluh': tot += 10 * n; i += 1
            elif nxt == 'ratus': tot += 100 * n; i += 1
            else: tot += n
        i += 1
    return tot


def nums(run, pat):
    m = re.fullmatch(pat, run)
    assert m, run
    return ''.join(chr(int(x)) for x in re.findall(r'\d+', m.group(1)))


def decode(name, run):
    base = {'septendecimal_g_pairs': 17, 'octodecimal_h_pairs': 18, 'nonadecimal_i_pairs': 19, 'unvigesimal_k_pairs': 21}
    if name in base:
        return ''.join(chr(int(t, base[name])) for t in run.split(' '))
    if name == 'roman_numeral_code_points':
        return ''.join(chr(roman(t)) for t in run.split())
    if name == 'esperanto_number_words':
        return ''.join(chr(eo(t)) for t in run.split(' / '))
    if name == 'indonesian_number_words':
        return ''.join(chr(ind(t)) for t in run.split(' / '))
    if name == 'power_of_two_sums':
        return ''.join(chr(sum(int(x) for x in t.split('+'))) for t in run.split())
    if name == 'signed_delta_code_points':
        out, cur = [], None
        for t in run.split():
            cur = int(t) if cur is None else cur + int(t)
            out.append(chr(cur))
        return ''.join(out)
    if name == 'two_rail_fence':
        a, b = run.split('|')
        return ''.join(x + y for x, y in zip(a, b)) + (a[-1] if len(a) > len(b) else '')
    if name == 'decoy_after_each_character':
        return run[::2]
    if name == 'fullwidth_form_characters':
        return unicodedata.normalize('NFKC', run)
    if name == 'zero_width_space_interleave':
        return run.replace('\u200b', '')
    if name == 'four_char_group_reversal':
        return ''.join(g[::-1] for g in run.split(' '))
    pats = {
        'javascript_fromcharcode_call': r'String\.fromCharCode\(([\d, ]+)\)',
        'ocaml_list_map_char_chr': r'String\.of_seq \(List\.to_seq \(List\.map Char\.chr \[([\d; ]+)\]\)\)',
        'matlab_char_vector_call': r'char\(\[([\d ]+)\]\)',
        'common_lisp_code_char_coerce': r"\(coerce \(mapcar #'code-char '\(([\d ]+)\)\) 'string\)",
        'racket_integer_to_char_list': r"\(list->string \(map integer->char '\(([\d ]+)\)\)\)",
        'prolog_atom_codes_goal': r'atom_codes\(A, \[([\d,]+)\]\)',
        'tcl_format_percent_c': r'\[format (?:%c)+ ([\d ]+)\]',
        'mysql_char_using_utf8mb4': r'CHAR\(([\d,]+) USING utf8mb4\)',
    }
    return nums(run, pats[name])
