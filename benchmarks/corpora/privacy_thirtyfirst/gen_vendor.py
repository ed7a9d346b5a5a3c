"""Vendor part: one record per vendor type in 20 new container styles."""
import random
from common import *
from vendor_table import TYPES

def make(rng, t):
    a = t['alpha']
    if a == 'Q': body = uuid4(rng)
    elif a == 'J': body = jwt_like(rng, {'sub': uuid4(rng), 'iss': t['name'].split('_')[0], 'iat': 1712000000 + rng.randint(0, 9999999)})
    else:
        body = rs(rng, {'A': ALNUM, 'H': HEXL, 'X': UPPER, 'U': URLSAFE, 'D': string.digits}[a], t['len'])
    if t['name'] == 'brevo_api_key':  # gitleaks sendinblue rule: xkeysib-<64 hex>-<16 [a-z0-9]>
        body += '-' + rs(rng, string.ascii_lowercase + string.digits, 16)
    return t['prefix'] + body

def var(t): return t['name'].upper()
def camel(t):
    p = t['name'].split('_'); return p[0] + ''.join(x.title() for x in p[1:])

ENV_STYLES = {
 'ada_constant_string': lambda t: 'package Secrets is\n   {N} : constant String := "{V0}";\nend Secrets;\n'.replace('{N}', camel(t).title()),
 'pascal_const_section': lambda t: "unit Config;\ninterface\nconst\n  {N} = '{V0}';\nimplementation\nend.\n".replace('{N}', camel(t)),
 'tcl_set_variable': lambda t: 'set ::env({N}) "{V0}"\nputs "configured"\n'.replace('{N}', var(t)),
 'awk_begin_assignment': lambda t: 'BEGIN { {N} = "{V0}"; FS = "," }\n'.replace('{N}', t['name']),
 'erlang_define_macro': lambda t: '-module(cfg).\n-define({N}, <<"{V0}">>).\n'.replace('{N}', var(t)),
 'ocaml_let_binding': lambda t: 'let {N} = "{V0}"\nlet () = ignore {N}\n'.replace('{N}', t['name']),
 'haskell_top_level_binding': lambda t: 'module Config where\n\n{N} :: String\n{N} = "{V0}"\n'.replace('{N}', camel(t)),
 'clojure_def_string': lambda t: '(ns app.config)\n(def {N} "{V0}")\n'.replace('{N}', t['name'].replace('_', '-')),
 'cobol_working_storage_value': lambda t: '       WORKING-STORAGE SECTION.\n       01 WS-{N} PIC X(128) VALUE "{V0}".\n'.replace('{N}', var(t).replace('_', '-')[:20]),
 'groovy_def_assignment': lambda t: "def {N} = '{V0}'\nprintln 'ok'\n".replace('{N}', camel(t)),
}
def hv(t):
    return (t['scheme'] + ' ' if t['scheme'] else '') + '{V0}'
HDR_STYLES = {
 'axios_create_headers': lambda t: "const api = axios.create({\n  baseURL: 'https://api.{D}.example',\n  headers: { '{H}': '{HV}' },\n});\n",
 'got_extend_headers': lambda t: "const client = got.extend({\n  prefixUrl: 'https://api.{D}.example',\n  headers: { '{H}': '{HV}' },\n});\n",
 'httpx_client_headers': lambda t: "client = httpx.Client(\n    base_url='https://api.{D}.example',\n    headers={'{H}': '{HV}'},\n)\n",
 'spring_webclient_default_header': lambda t: 'WebClient client = WebClient.builder()\n    .baseUrl("https://api.{D}.example")\n    .defaultHeader("{H}", "{HV}")\n    .build();\n',
 'dio_base_options_headers': lambda t: "final dio = Dio(BaseOptions(\n  baseUrl: 'https://api.{D}.example',\n  headers: {'{H}': '{HV}'},\n));\n",
 'alamofire_httpheaders_literal': lambda t: 'let headers: HTTPHeaders = ["{H}": "{HV}"]\nAF.request("https://api.{D}.example/v1/me", headers: headers)\n',
 'restsharp_add_default_header': lambda t: 'var client = new RestClient("https://api.{D}.example");\nclient.AddDefaultHeader("{H}", "{HV}");\n',
 'apache_httpclient_set_header': lambda t: 'HttpGet get = new HttpGet("https://api.{D}.example/v1/me");\nget.setHeader("{H}", "{HV}");\n',
 'curlrc_header_option': lambda t: '# ~/.curlrc\nsilent\nheader = "{H}: {HV}"\n',
 'envoy_request_headers_to_add': lambda t: 'request_headers_to_add:\n- header:\n    key: "{H}"\n    value: "{HV}"\n  append_action: OVERWRITE_IF_EXISTS_OR_ADD\n',
}

def generate(seed=31002):
    rng = random.Random(seed)
    env = sorted(ENV_STYLES); hdr = sorted(HDR_STYLES)
    recs = []; ei = hi = 0; alt = 0
    for t in sorted(TYPES, key=lambda x: x['name']):
        use_h = t['header'] is not None and alt % 2 == 0
        if t['header'] is not None: alt += 1
        v = make(rng, t)
        if use_h:
            st = hdr[hi % len(hdr)]; hi += 1
            tpl = HDR_STYLES[st](t).replace('{H}', t['header']).replace('{HV}', hv(t)).replace('{D}', t['name'].split('_')[0])
        else:
            st = env[ei % len(env)]; ei += 1
            tpl = ENV_STYLES[st](t)
        text, spans = fill(tpl, {'V0': (v, t['name'])})
        recs.append({'type': t['name'], 'container': t['name'] + '__' + st, 'text': text, 'secrets': spans, 'source': 'vendor'})
    return recs
