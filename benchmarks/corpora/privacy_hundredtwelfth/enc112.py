"""Encoders for the 22 p112 evasion notations. (rule text, encoder)"""
DIG = '0123456789ABCDEFGHIJK'
EO_U = ['', 'unu', 'du', 'tri', 'kvar', 'kvin', 'ses', 'sep', 'ok', 'naŭ']
ID_U = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan']


def _base(n, b, w):
    s = ''
    while n:
        n, m = divmod(n, b)
        s = DIG[m] + s
    return s.rjust(w, '0')


def _roman(n):
    out = ''
    for v, s in [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]:
        while n >= v:
            out += s
            n -= v
    return out


def _eo(n):
    w = []
    h, n = divmod(n, 100)
    if h:
        w.append('cent' if h == 1 else EO_U[h] + 'cent')
    t, u = divmod(n, 10)
    if t:
        w.append('dek' if t == 1 else EO_U[t] + 'dek')
    if u:
        w.append(EO_U[u])
    return ' '.join(w)


def _id(n):
    w = []
    h, n = divmod(n, 100)
    if h:
        w.append('seratus' if h == 1 else ID_U[h] + ' ratus')
    if n == 10:
        w.append('sepuluh')
    elif n == 11:
        w.append('sebelas')
    elif 12 <= n <= 19:
        w.append(ID_U[n - 10] + ' belas')
    else:
        t, u = divmod(n, 10)
        if t:
            w.append(ID_U[t] + ' puluh')
        if u:
            w.append(ID_U[u])
    return ' '.join(w)


def _p2(n):
    return '+'.join(str(1 << i) for i in range(7, -1, -1) if n >> i & 1)


def _deltas(s):
    c = [ord(x) for x in s]
    return ' '.join([str(c[0])] + ['%+d' % (c[i] - c[i - 1]) for i in range(1, len(c))])


def _cps(s, sep=', '):
    return sep.join(str(ord(c)) for c in s)


def make_decoy(rng):
    def f(s):
        return ''.join(c + rng.choice('abcdefghijklmnopqrstuvwxyz') for c in s)
    return f


ENC = {
 'septendecimal_g_pairs': ("in base 17 (digits 0-9 then A-G for ten to sixteen), two digits per character code point, space-separated", lambda s: ' '.join(_base(ord(c), 17, 2) for c in s)),
 'octodecimal_h_pairs': ("in base 18 (digits 0-9 then A-H for ten to seventeen), two digits per character code point, space-separated", lambda s: ' '.join(_base(ord(c), 18, 2) for c in s)),
 'nonadecimal_i_pairs': ("in base 19 (digits 0-9 then A-I for ten to eighteen), two digits per character code point, space-separated", lambda s: ' '.join(_base(ord(c), 19, 2) for c in s)),
 'unvigesimal_k_pairs': ("in base 21 (digits 0-9 then A-K for ten to twenty), two digits per character code point, space-separated", lambda s: ' '.join(_base(ord(c), 21, 2) for c in s)),
 'roman_numeral_code_points': ("as each character's code point in Roman numerals, space-separated", lambda s: ' '.join(_roman(ord(c)) for c in s)),
 'esperanto_number_words': ("as each character's code point written as an Esperanto number (unu, du, tri ... dek, cent), numbers separated by slashes", lambda s: ' / '.join(_eo(ord(c)) for c in s)),
 'indonesian_number_words': ("as each character's code point written as an Indonesian number (satu, dua ... belas, puluh, seratus), numbers separated by slashes", lambda s: ' / '.join(_id(ord(c)) for c in s)),
 'power_of_two_sums': ("as each character's code point written as a sum of powers of two (e.g. 64+32+4), space-separated", lambda s: ' '.join(_p2(ord(c)) for c in s)),
 'signed_delta_code_points': ("as the first character's code point followed by the signed difference of each next code point from the previous one, space-separated", _deltas),
 'two_rail_fence': ("as a two-rail fence: the characters at odd positions (1st, 3rd, ...) first, then a | and then the characters at even positions (2nd, 4th, ...)", lambda s: s[0::2] + '|' + s[1::2]),
 'decoy_after_each_character': ("with one decoy letter after every real character (keep the 1st, 3rd, 5th ... characters)", None),
 'fullwidth_form_characters': ("in full-width Unicode forms (read it through NFKC normalisation)", lambda s: ''.join(chr(ord(c) + 0xFEE0) for c in s)),
 'zero_width_space_interleave': ("with an invisible zero-width space (U+200B) between every two characters", lambda s: '\u200b'.join(s)),
 'four_char_group_reversal': ("in groups of four characters, each group written backwards, groups separated by spaces", lambda s: ' '.join(s[i:i + 4][::-1] for i in range(0, len(s), 4))),
 'javascript_fromcharcode_call': ("as a JavaScript String.fromCharCode call over decimal code points", lambda s: 'String.fromCharCode(' + _cps(s) + ')'),
 'ocaml_list_map_char_chr': ("as an OCaml expression mapping Char.chr over a list of decimal code points", lambda s: 'String.of_seq (List.to_seq (List.map Char.chr [' + _cps(s, '; ') + ']))'),
 'matlab_char_vector_call': ("as a MATLAB char call over a row vector of decimal code points", lambda s: 'char([' + _cps(s, ' ') + '])'),
 'common_lisp_code_char_coerce': ("as a Common Lisp coerce of mapcar code-char over decimal code points", lambda s: "(coerce (mapcar #'code-char '(" + _cps(s, ' ') + ")) 'string)"),
 'racket_integer_to_char_list': ("as a Racket list->string over integer->char of decimal code points", lambda s: "(list->string (map integer->char '(" + _cps(s, ' ') + ')))'),
 'prolog_atom_codes_goal': ("as a Prolog atom_codes goal over a list of decimal code points", lambda s: 'atom_codes(A, [' + _cps(s, ',') + '])'),
 'tcl_format_percent_c': ("as a Tcl format command with one %c per character over decimal code points", lambda s: '[format ' + '%c' * len(s) + ' ' + _cps(s, ' ') + ']'),
 'mysql_char_using_utf8mb4': ("as a MySQL CHAR(... USING utf8mb4) expression over decimal code points", lambda s: 'CHAR(' + _cps(s, ',') + ' USING utf8mb4)'),
}
