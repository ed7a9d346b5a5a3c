"""One record per new vendor type, in 25 new container styles."""
import random, string
from common import fill, rs, uuid4, jwt_like, ALPH, HEX, ALNUM, B64URL
from vendor_table import ROWS

SEED = 26002
ENV_STYLES = {
 'perl_our_scalar': "#!/usr/bin/perl\nuse strict;\nour $⟦K⟧ = '⟦V⟧';\n",
 'r_sys_setenv_script_line': "library(httr2)\nSys.setenv(⟦K⟧ = \"⟦V⟧\")\n",
 'lua_local_string': "-- config.lua\nlocal ⟦K⟧ = \"⟦V⟧\"\nreturn { ⟦k⟧ = ⟦K⟧ }\n",
 'swift_static_let': "enum Secrets {\n    static let ⟦c⟧ = \"⟦V⟧\"\n}\n",
 'kotlin_const_val': "object Keys {\n    const val ⟦K⟧ = \"⟦V⟧\"\n}\n",
 'rust_const_str': "pub const ⟦K⟧: &str = \"⟦V⟧\";\n",
 'csharp_const_string': "internal static class Secrets\n{\n    public const string ⟦c⟧ = \"⟦V⟧\";\n}\n",
 'objc_nsstring_constant': "static NSString * const k⟦c⟧ = @\"⟦V⟧\";\n",
 'tcl_set_variable': "# deploy.tcl\nset ⟦K⟧ \"⟦V⟧\"\n",
 'racket_define_string': "#lang racket\n(define ⟦l⟧ \"⟦V⟧\")\n",
 'v_lang_const': "module config\n\npub const ⟦k⟧ = '⟦V⟧'\n",
 'odin_constant_string': "package config\n\n⟦K⟧ :: \"⟦V⟧\"\n",
 'pascal_const_section': "unit Config;\ninterface\nconst\n  ⟦K⟧ = '⟦V⟧';\nimplementation\nend.\n",
 'fortran_character_parameter': "module secrets\n  implicit none\n  character(len=*), parameter :: ⟦k⟧ = \"⟦V⟧\"\nend module secrets\n",
 'dhall_let_binding': "let ⟦k⟧ = \"⟦V⟧\"\nin  { ⟦k⟧ }\n",
 'dotnet_setenvironmentvariable_call': "[Environment]::SetEnvironmentVariable(\"⟦K⟧\", \"⟦V⟧\", \"User\")\n",
}
HDR_STYLES = {
 'httpie_cli_header_arg': "$ http GET https://⟦H⟧/v1/status '⟦N⟧:⟦S⟧⟦V⟧'\n",
 'aiohttp_clientsession_headers': "async with aiohttp.ClientSession(headers={\"⟦N⟧\": \"⟦S⟧⟦V⟧\"}) as s:\n    async with s.get(\"https://⟦H⟧/v1/status\") as resp:\n        print(resp.status)\n",
 'axios_create_headers_config': "const api = axios.create({\n  baseURL: 'https://⟦H⟧/v1',\n  headers: { '⟦N⟧': '⟦S⟧⟦V⟧' },\n});\n",
 'reqwest_header_insert_call': "let mut headers = HeaderMap::new();\nheaders.insert(\"⟦N⟧\", HeaderValue::from_static(\"⟦S⟧⟦V⟧\"));\nlet resp = client.get(\"https://⟦H⟧/v1/status\").headers(headers).send().await?;\n",
 'urllib_request_add_header_call': "req = urllib.request.Request(\"https://⟦H⟧/v1/status\")\nreq.add_header(\"⟦N⟧\", \"⟦S⟧⟦V⟧\")\nprint(urllib.request.urlopen(req).status)\n",
 'dotnet_httpclient_default_request_headers': "var http = new HttpClient { BaseAddress = new Uri(\"https://⟦H⟧/\") };\nhttp.DefaultRequestHeaders.TryAddWithoutValidation(\"⟦N⟧\", \"⟦S⟧⟦V⟧\");\n",
 'traefik_custom_request_headers': "http:\n  middlewares:\n    upstream-auth:\n      headers:\n        customRequestHeaders:\n          ⟦N⟧: \"⟦S⟧⟦V⟧\"\n",
 'kong_request_transformer_add_header': "plugins:\n  - name: request-transformer\n    service: ⟦H⟧\n    config:\n      add:\n        headers:\n          - \"⟦N⟧:⟦S⟧⟦V⟧\"\n",
 'rest_assured_header_call': "given()\n    .baseUri(\"https://⟦H⟧\")\n    .header(\"⟦N⟧\", \"⟦S⟧⟦V⟧\")\n.when()\n    .get(\"/v1/status\")\n.then()\n    .statusCode(200);\n",
}
STYLES = dict(ENV_STYLES, **HDR_STYLES)

def special(r, kind, t):
    if kind == '@uuid': return uuid4(r)
    if kind == '@uuid_upper': return uuid4(r).upper()
    if kind == '@uuid_long': return uuid4(r) + rs(r, 4, HEX) + '-' + rs(r, 4, HEX) + '-' + rs(r, 4, HEX) + '-' + rs(r, 12, HEX)
    if kind == '@deepl': return uuid4(r) + ':fx'
    if kind == '@jwt': return jwt_like(r, {'sub': rs(r, 8, string.digits), 'iat': 1764000000 + r.randint(0, 10**6), 'jti': uuid4(r)})
    if kind == '@jwt_supabase': return jwt_like(r, {'iss': 'supabase', 'ref': rs(r, 20, string.ascii_lowercase), 'role': 'service_role', 'iat': 1764000000 + r.randint(0, 10**6), 'exp': 2079000000 + r.randint(0, 10**6)})
    if kind == '@zoho': return '1000.' + rs(r, 32, HEX) + '.' + rs(r, 32, HEX)
    if kind == '@uptimerobot': return 'u%d-%s' % (r.randint(10**6, 10**7 - 1), rs(r, 24, HEX))
    if kind == '@baseten': return rs(r, 8, ALNUM) + '.' + rs(r, 32, ALNUM)
    if kind == '@webex': return rs(r, 64, ALNUM) + '_' + rs(r, 4, ALNUM) + '_' + uuid4(r)
    if kind == '@gcore': return '%d$%s' % (r.randint(1000, 99999), rs(r, 128, HEX))
    if kind == '@ngrok': return rs(r, 27, ALNUM) + '_' + rs(r, 21, ALNUM)
    if kind == '@mp': return '%d-%s-%s-%d' % (r.randint(10**15, 10**16 - 1), '%06d' % r.randint(0, 999999), rs(r, 32, HEX), r.randint(10**8, 10**9 - 1))
    if kind == '@lambda': return rs(r, 32, HEX) + '.' + rs(r, 32, HEX)
    raise KeyError(kind)

def value(r, row):
    t, var, pre, al, n, hdr = row
    if pre.startswith('@'):
        return special(r, pre, t), None
    if al.startswith('@'):
        return pre + special(r, al, t), None
    if pre == '@deepsource':
        pass
    return pre + rs(r, n, ALPH[al]), None

def camel(var):
    return ''.join(w.capitalize() for w in var.lower().split('_'))

def build():
    r = random.Random(SEED)
    use = {s: 0 for s in STYLES}
    recs = []
    for row in sorted(ROWS):
        t, var, pre, al, n, hdr = row
        if pre == '@deepsource':
            secret = rs(r, 32, HEX)
            dsn = 'https://⟦V⟧@app.deepsource.com'
        else:
            secret = value(r, row)[0]; dsn = None
        allowed = sorted(ENV_STYLES) + (sorted(HDR_STYLES) if hdr != '-' and dsn is None else [])
        low = min(use[s] for s in allowed)
        style = r.choice([s for s in allowed if use[s] == low]); use[style] += 1
        tpl = STYLES[style]
        if dsn:
            tpl = tpl.replace('⟦V⟧', dsn)
        if hdr == 'B': name, scheme = 'Authorization', 'Bearer '
        elif hdr in ('Basic', 'ApiKey', 'Token', 'APIKey', 'aivenv1', 'Api-Key', 'Klaviyo-API-Key'): name, scheme = 'Authorization', hdr + ' '
        elif hdr == 'Authorization': name, scheme = 'Authorization', ''
        else: name, scheme = hdr, ''
        host = 'api.%s.example' % t.split('_')[0]
        text, spans = fill(tpl, {'K': (var, None), 'k': (var.lower(), None), 'c': (camel(var), None), 'l': (var.lower().replace('_', '-'), None),
                                 'H': (host, None), 'N': (name, None), 'S': (scheme, None), 'V': (secret, t)})
        recs.append({'type': t, 'container': t + '__' + style, 'text': text, 'secrets': spans, 'source': 'vendor'})
    return recs
