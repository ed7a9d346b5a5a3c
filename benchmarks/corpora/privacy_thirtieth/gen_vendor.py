"""Vendor part: one record per new vendor credential type, in new env/source and HTTP-header styles."""
import json, random
from common import rs, HEXL, ALNUM, LOWALNUM, B64U, B64, uuid4, jwt, b64url_json, render
from vendor_table import T

ENV_STYLES = {
    'nim_exported_const': 'const {NAME}* = "{VAL}"\n',
    'fsharp_literal_binding': '[<Literal>]\nlet {NAME} = "{VAL}"\n',
    'd_lang_immutable_string': 'immutable string {LNAME} = "{VAL}";\n',
    'zig_pub_const_slice': 'pub const {NAME}: []const u8 = "{VAL}";\n',
    'crystal_constant_assignment': '{NAME} = "{VAL}"\n',
    'julia_const_binding': 'const {NAME} = "{VAL}"\n',
    'haxe_static_inline_final': 'class Keys {\n    public static inline final {NAME}:String = "{VAL}";\n}\n',
    'gleam_pub_const': 'pub const {LNAME} = "{VAL}"\n',
    'vlang_const_block': 'const (\n\t{LNAME} = \'{VAL}\'\n)\n',
    'ballerina_configurable_string': 'configurable string {CNAME} = "{VAL}";\n',
}
HEADER_STYLES = {
    'reqwest_header_map_insert': 'let mut headers = HeaderMap::new();\nheaders.insert("{HNAME}", HeaderValue::from_static("{SCHEME}{VAL}"));\nlet resp = client.get("https://api.{HOST}.example/v1/status").headers(headers).send().await?;\n',
    'guzzle_headers_option_array': "$res = $client->request('GET', 'https://api.{HOST}.example/v1/status', [\n    'headers' => ['{HNAME}' => '{SCHEME}{VAL}'],\n]);\n",
    'okhttp_request_builder_add_header': 'val req = Request.Builder()\n    .url("https://api.{HOST}.example/v1/status")\n    .addHeader("{HNAME}", "{SCHEME}{VAL}")\n    .build()\n',
    'aiohttp_client_session_headers': "async with aiohttp.ClientSession(headers={'{HNAME}': '{SCHEME}{VAL}'}) as s:\n    async with s.get('https://api.{HOST}.example/v1/status') as r:\n        print(r.status)\n",
    'faraday_new_headers_kwarg': "conn = Faraday.new(url: 'https://api.{HOST}.example', headers: { '{HNAME}' => '{SCHEME}{VAL}' })\nconn.get('/v1/status')\n",
    'resty_client_set_header': 'resp, err := resty.New().R().\n\tSetHeader("{HNAME}", "{SCHEME}{VAL}").\n\tGet("https://api.{HOST}.example/v1/status")\n',
    'httr2_req_headers_call': 'resp <- request("https://api.{HOST}.example/v1/status") |>\n  req_headers(`{HNAME}` = "{SCHEME}{VAL}") |>\n  req_perform()\n',
    'powershell_irm_headers_hashtable': '$h = @{ "{HNAME}" = "{SCHEME}{VAL}" }\nInvoke-RestMethod -Uri "https://api.{HOST}.example/v1/status" -Headers $h\n',
    'deno_fetch_init_headers': 'const res = await fetch("https://api.{HOST}.example/v1/status", {\n  headers: { "{HNAME}": "{SCHEME}{VAL}" },\n});\n',
    'httpie_session_json_headers': '{\n  "__meta__": {"about": "HTTPie session file"},\n  "headers": {\n    "{HNAME}": "{SCHEME}{VAL}"\n  }\n}\n',
}


def gen_value(r, name, shape):
    pfx, a, n = shape
    if a == 'h': body = rs(r, HEXL, n)
    elif a == 'H': body = rs(r, HEXL.upper(), n)
    elif a == 'a': body = rs(r, ALNUM, n)
    elif a == 'l': body = rs(r, LOWALNUM, n)
    elif a == 'u': body = rs(r, B64U, n)
    elif a == 'b': body = rs(r, ALNUM + '+/', n)
    elif a == 'U': body = uuid4(r)
    elif a == 'J':
        body = jwt(r, {'iss': f'https://auth.{n}.example', 'sub': str(r.randint(10**6, 10**7)), 'iat': 1700000000 + r.randint(0, 10**7)})
    else:
        body = {
            'asana': lambda: f'{r.randint(10**15, 10**16)}/{r.randint(10**15, 10**16)}:{rs(r, HEXL, 32)}',
            'discord': lambda: __import__('base64').b64encode(str(r.randint(10**17, 10**18)).encode()).decode().rstrip('=') + '.' + rs(r, B64U, 6) + '.' + rs(r, B64U, 38),
            'ghost': lambda: rs(r, HEXL, 24) + ':' + rs(r, HEXL, 64),
            'mailgun': lambda: rs(r, HEXL, 32) + '-' + rs(r, HEXL, 8) + '-' + rs(r, HEXL, 8),
            'onfido': lambda: rs(r, B64U, 11) + '.' + rs(r, B64U, 32),
            'resend': lambda: rs(r, ALNUM, 8) + '_' + rs(r, ALNUM, 24),
            'tailscale': lambda: rs(r, ALNUM, 16) + '-' + rs(r, ALNUM, 33),
            'tinybird': lambda: b64url_json({'u': uuid4(r), 'id': uuid4(r)}) + '.' + rs(r, B64U, 43),
            'wpapp': lambda: ' '.join(rs(r, ALNUM, 4) for _ in range(6)),
            'zuplo': lambda: rs(r, HEXL, 32) + '_' + rs(r, HEXL, 8),
            'convex': lambda: r.choice(['happy', 'brave', 'quiet', 'swift']) + '-' + r.choice(['otter', 'heron', 'lynx', 'moose']) + '-' + str(r.randint(100, 999)) + '|' + rs(r, B64U, 64),
            'launchable': lambda: f'acme/{r.choice(["web", "core", "mobile"])}:' + uuid4(r),
            'nebius': lambda: 'ne1' + rs(r, ALNUM, 120),
            'airtable': lambda: rs(r, ALNUM, 14) + '.' + rs(r, HEXL, 64),
            'baseten': lambda: rs(r, ALNUM, 8) + '.' + rs(r, ALNUM, 32),
        }[n]()
    return pfx + body


def build(frozen_overlap, seed=30002):
    r = random.Random(seed)
    types = sorted(t for t in T if t not in frozen_overlap)
    env_use = {s: 0 for s in ENV_STYLES}
    hdr_use = {s: 0 for s in HEADER_STYLES}
    recs = []
    flip = 0
    for t in types:
        var, shape, hdr = T[t]
        val = gen_value(r, t, shape)
        use_header = hdr is not None and flip % 2 == 0
        if hdr is not None:
            flip += 1
        host = t.split('_')[0]
        if use_header:
            style = sorted(hdr_use, key=lambda s: (hdr_use[s], r.random()))[0]; hdr_use[style] += 1
            hname, scheme = ('Authorization', 'Bearer ') if hdr == 'B' else hdr
            tpl = HEADER_STYLES[style]
        else:
            style = sorted(env_use, key=lambda s: (env_use[s], r.random()))[0]; env_use[style] += 1
            hname, scheme = '', ''
            tpl = ENV_STYLES[style]
        cname = ''.join(w.capitalize() for w in var.lower().split('_'))
        cname = cname[0].lower() + cname[1:]
        parts = {'VAL': (val, 0, val, t), 'NAME': (var, None, None, None), 'LNAME': (var.lower(), None, None, None),
                 'CNAME': (cname, None, None, None), 'HNAME': (hname, None, None, None),
                 'SCHEME': (scheme, None, None, None), 'HOST': (host, None, None, None)}
        text, spans = render(tpl, parts)
        recs.append({'type': t, 'container': f'{t}__{style}', 'text': text, 'secrets': spans, 'source': 'vendor'})
    return recs, types
