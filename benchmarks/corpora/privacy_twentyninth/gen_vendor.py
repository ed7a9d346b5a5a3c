"""Vendor credential types, one record each, in new env/source and HTTP-header container styles."""
import random, string, json
from common import rs, ALNUM, HEX, B64, URLSAFE, LOWER_ALNUM, crc_token, b64url_json, build_text
import vendor_table
SEED = 29002
KEEP = 150
ENV_STYLES = {
 'fortran_parameter_character': 'character(len=*), parameter :: {NAME} = "{VAL}"\n',
 'racket_define_string': '#lang racket\n(define {name} "{VAL}")\n',
 'solidity_constant_string': 'contract Config {{\n    string constant {NAME} = "{VAL}";\n}}\n',
 'cue_string_field': 'package deploy\n\nsecrets: {{\n\t{name}: "{VAL}"\n}}\n',
 'dhall_let_binding': 'let {name} = "{VAL}"\nin  {{ {name} }}\n',
 'nickel_let_binding': 'let {name} = "{VAL}" in\n{{ token = {name} }}\n',
 'pkl_property_assignment': 'module app.Secrets\n\n{name}: String = "{VAL}"\n',
 'purescript_top_level_string': 'module Config where\n\n{name} :: String\n{name} = "{VAL}"\n',
 'elm_top_level_string': 'module Config exposing ({name})\n\n\n{name} : String\n{name} =\n    "{VAL}"\n',
 'reasonml_let_binding': 'let {name} = "{VAL}";\n',
 'odin_constant_declaration': 'package config\n\n{NAME} :: "{VAL}"\n',
 'sml_val_binding': 'structure Config = struct\n  val {name} = "{VAL}"\nend\n',
}
HEADER_STYLES = {
 'urllib_request_add_header': 'import urllib.request\n\nreq = urllib.request.Request("https://api.{vendor}.example/v1/status")\nreq.add_header("{HNAME}", "{HSCHEME}{VAL}")\nprint(urllib.request.urlopen(req).status)\n',
 'libcurl_slist_append_header': 'struct curl_slist *hdrs = NULL;\nhdrs = curl_slist_append(hdrs, "{HNAME}: {HSCHEME}{VAL}");\ncurl_easy_setopt(curl, CURLOPT_URL, "https://api.{vendor}.example/v1/status");\ncurl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);\n',
 'ktor_client_header_call': 'val resp = client.get("https://api.{vendor}.example/v1/status") {{\n    header("{HNAME}", "{HSCHEME}{VAL}")\n}}\n',
 'net_http_request_bracket_header': 'uri = URI("https://api.{vendor}.example/v1/status")\nreq = Net::HTTP::Get.new(uri)\nreq["{HNAME}"] = "{HSCHEME}{VAL}"\n',
 'lwp_useragent_default_header': 'my $ua = LWP::UserAgent->new;\n$ua->default_header("{HNAME}" => "{HSCHEME}{VAL}");\nmy $res = $ua->get("https://api.{vendor}.example/v1/status");\n',
 'httpoison_headers_list': 'headers = [{{"{HNAME}", "{HSCHEME}{VAL}"}}]\nHTTPoison.get!("https://api.{vendor}.example/v1/status", headers)\n',
 'kong_request_transformer_add_header': 'plugins:\n  - name: request-transformer\n    config:\n      add:\n        headers:\n          - "{HNAME}:{HSCHEME}{VAL}"\n',
 'istio_virtualservice_request_set_header': 'http:\n  - route:\n      - destination:\n          host: api.{vendor}.example\n    headers:\n      request:\n        set:\n          {HNAME}: "{HSCHEME}{VAL}"\n',
}

def make_value(rng, shape):
    out = ''
    for seg in shape:
        if seg == 'uuid':
            h = rs(rng, HEX, 32)
            out += f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice("89ab")}{h[17:20]}-{h[20:]}'
            continue
        kind, _, arg = seg.partition(':')
        if kind == 'lit':
            out += arg.replace('~', ' ')
        elif kind == 'gh':
            out += crc_token(rng, arg)
        elif kind == 'jwt':
            out += b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json({'iss': 'supabase', 'ref': rs(rng, string.ascii_lowercase, 20), 'role': arg, 'iat': 1735689600, 'exp': 2051222400}) + '.' + rs(rng, URLSAFE, 43)
        else:
            n = int(arg)
            alpha = {'h': HEX, 'a': ALNUM, 'l': LOWER_ALNUM, 'u': string.ascii_uppercase + string.digits, 'b': B64, 's': URLSAFE, 'd': string.digits}[kind]
            out += rs(rng, alpha, n)
    return out

def kept_types(frozen_wide):
    rows = [r for r in vendor_table.parse() if r[0].lower() not in frozen_wide]
    rng = random.Random(SEED + 100)
    keep = sorted(rng.sample(sorted(r[0] for r in rows), min(KEEP, len(rows))))
    return [r for r in rows if r[0] in keep], sorted(set(r[0] for r in vendor_table.parse()) - set(keep))

def records(frozen_wide):
    rng = random.Random(SEED)
    rows, dropped = kept_types(frozen_wide)
    use = {s: 0 for s in list(ENV_STYLES) + list(HEADER_STYLES)}
    out = []
    for i, (name, shape, header) in enumerate(rows):
        val = make_value(rng, shape)
        vendor = name.split('_')[0]
        if header and i % 2 == 0:
            pool = sorted(HEADER_STYLES)
        else:
            pool = sorted(ENV_STYLES)
        m = min(use[s] for s in pool)
        style = rng.choice([s for s in pool if use[s] == m])
        use[style] += 1
        if style in HEADER_STYLES:
            hname, _, scheme = header.partition(':')
            scheme = scheme.strip()
            if scheme and not scheme.endswith('='):
                scheme += ' '
            tpl = HEADER_STYLES[style].replace('{HNAME}', hname).replace('{HSCHEME}', scheme).replace('{vendor}', vendor)
        else:
            tpl = ENV_STYLES[style].replace('{NAME}', name.upper()).replace('{name}', ''.join(w if j == 0 else w.title() for j, w in enumerate(name.split('_'))))
        before, after = tpl.split('{VAL}')
        fmt = lambda s: s.replace('{{', '{').replace('}}', '}')
        text, spans = build_text([fmt(before), (val, name), fmt(after)])
        out.append({'type': name, 'container': f'{name}__{style}', 'text': text, 'secrets': spans, 'source': 'vendor'})
    return out, dropped
