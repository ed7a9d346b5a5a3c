"""Vendor part: one record per new vendor credential type, in new container styles (seed 22002)."""
import base64, json, random
from common import (shape, rs, github_token, jwt_like, uuid4, b58enc, b58check_enc, B58_RIPPLE,
                    bech32_enc, stellar_seed, ALNUM, URL, LOWALNUM, HEX)
from vendor_table import rows

SEED = 22002
SECP_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def _rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def special(r, name):
    if name in ('gho_', 'ghu_'):
        return github_token(r, name), 'github_style_crc32_base62'
    if name == 'intercom':
        return base64.b64encode(('tok:' + uuid4(r).replace('-', '_') + ':1:0').encode()).decode(), None
    if name == 'entra':
        return rs(r, ALNUM, 3) + str(r.randint(0, 9)) + 'Q~' + rs(r, ALNUM + '_~.-', 34), None
    if name in ('applepw', 'bsky'):
        return '-'.join(rs(r, 'abcdefghijklmnopqrstuvwxyz' if name == 'applepw' else LOWALNUM, 4) for _ in range(4)), None
    if name == 'jwtrs':
        payload = {'aud': '1', 'jti': rs(r, HEX, 40), 'iat': r.randint(1700000000, 1730000000),
                   'sub': str(r.randint(100000, 999999)), 'scopes': []}
        h = base64.urlsafe_b64encode(b'{"typ":"JWT","alg":"RS256"}').decode().rstrip('=')
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
        sig = base64.urlsafe_b64encode(_rb(r, 256)).decode().rstrip('=')
        return h + '.' + p + '.' + sig, 'jwt_segments_decode'
    if name == 'wpapp':
        return ' '.join(rs(r, ALNUM, 4) for _ in range(6)), None
    if name == 'mapbox':
        head = base64.b64encode(json.dumps({'u': 'ops-' + rs(r, 'abcdefghijklmnopqrstuvwxyz', 6), 'a': 'cl' + rs(r, LOWALNUM, 23)}, separators=(',', ':')).encode()).decode().rstrip('=')
        return 'sk.' + head + '.' + rs(r, URL, 22), None
    if name == 'qstash':
        return base64.b64encode(json.dumps({'UserID': uuid4(r), 'Password': rs(r, HEX, 32)}, separators=(',', ':')).encode()).decode(), None
    if name == 'xprv':
        while True:
            k = _rb(r, 32)
            if 0 < int.from_bytes(k, 'big') < SECP_N:
                break
        payload = bytes.fromhex('0488ade4') + b'\0' + b'\0' * 4 + b'\0' * 4 + _rb(r, 32) + b'\0' + k
        return b58check_enc(payload), 'base58check'
    if name == 'xrpl':
        return b58check_enc(b'\x21' + _rb(r, 16), B58_RIPPLE), 'base58check_ripple'
    if name == 'cardano':
        return bech32_enc('ed25519_sk', _rb(r, 32)), 'bech32'
    if name == 'tezos':
        return b58check_enc(bytes([13, 15, 58, 7]) + _rb(r, 32)), 'base58check'
    if name == 'stellar':
        return stellar_seed(r), 'stellar_strkey_crc16'
    if name == 'solana':
        return b58enc(_rb(r, 64)), None
    raise KeyError(name)


def _camel(env, upper_first=False):
    p = env.lower().split('_')
    s = p[0] + ''.join(x.title() for x in p[1:])
    return s[0].upper() + s[1:] if upper_first else s


ENV_STYLES = {
 'php_putenv_call': lambda e, v, h: "<?php\n// bootstrap/env.php\nputenv('%s=%s');\nrequire __DIR__ . '/../vendor/autoload.php';" % (e, v),
 'python_os_environ_setdefault': lambda e, v, h: "import os\n\nos.environ.setdefault(\"%s\", \"%s\")\nos.environ.setdefault(\"LOG_LEVEL\", \"info\")" % (e, v),
 'node_process_env_assign': lambda e, v, h: "// scripts/dev-setup.js\nprocess.env.%s = \"%s\";\nrequire('../src/server');" % (e, v),
 'nim_const_string': lambda e, v, h: "# config.nim\nconst %s* = \"%s\"\nconst apiHost* = \"%s\"" % (_camel(e), v, h),
 'zig_const_slice': lambda e, v, h: "// src/config.zig\npub const %s: []const u8 = \"%s\";\npub const host: []const u8 = \"%s\";" % (e.lower(), v, h),
 'crystal_env_index_assign': lambda e, v, h: "require \"http/client\"\n\nENV[\"%s\"] = \"%s\"\nclient = HTTP::Client.new(\"%s\", tls: true)" % (e, v, h),
 'haskell_setenv_io': lambda e, v, h: "import System.Environment (setEnv)\n\nmain :: IO ()\nmain = do\n  setEnv \"%s\" \"%s\"\n  runApp" % (e, v),
 'ocaml_let_binding': lambda e, v, h: "(* lib/settings.ml *)\nlet %s = \"%s\"\nlet endpoint = \"https://%s\"" % (e.lower(), v, h),
 'fsharp_let_literal': lambda e, v, h: "module Settings\n\n[<Literal>]\nlet %s = \"%s\"" % (_camel(e, True), v),
 'groovy_def_string': lambda e, v, h: "// vars/deployConfig.groovy\ndef %s = '%s'\ndef endpoint = 'https://%s'" % (_camel(e), v, h),
 'objc_nsstring_const': lambda e, v, h: "// APIConstants.m\n#import \"APIConstants.h\"\n\nNSString * const k%s = @\"%s\";" % (_camel(e, True), v),
 'c_preprocessor_define': lambda e, v, h: "/* secrets.h */\n#pragma once\n#define %s \"%s\"\n#define API_HOST \"%s\"" % (e, v, h),
 'erlang_sys_config_tuple': lambda e, v, h: "%% config/sys.config\n[{myapp, [{%s, \"%s\"},\n         {api_host, \"%s\"}]}]." % (e.lower(), v, h),
 'nix_let_binding': lambda e, v, h: "let\n  %s = \"%s\";\nin\n{\n  systemd.services.app.environment.%s = %s;\n}" % (_camel(e), v, e, _camel(e)),
 'vbnet_const_string': lambda e, v, h: "Module ApiSettings\n    Public Const %s As String = \"%s\"\nEnd Module" % (_camel(e, True), v),
 'cmake_set_cache_string': lambda e, v, h: "# CMakeLists.txt\nset(%s \"%s\" CACHE STRING \"\" FORCE)\nadd_compile_definitions(%s=\"${%s}\")" % (e, v, e, e),
}


def _hdr(spec):
    name, _, scheme = spec.partition(': ')
    if scheme and not scheme.endswith('='):
        scheme += ' '
    return name, scheme


HEADER_STYLES = {
 'curlrc_header_line': lambda n, sv, h: "# ~/.curlrc\nsilent\nheader = \"%s: %s\"\nurl = \"https://%s/v1/status\"" % (n, sv, h),
 'wget_header_option_flag': lambda n, sv, h: "wget -qO- --header='%s: %s' https://%s/v1/status" % (n, sv, h),
 'powershell_irm_headers_hashtable': lambda n, sv, h: "$headers = @{ '%s' = '%s' }\nInvoke-RestMethod -Uri 'https://%s/v1/status' -Headers $headers" % (n, sv, h),
 'php_curlopt_httpheader_array': lambda n, sv, h: "$ch = curl_init('https://%s/v1/status');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, [\n    '%s: %s',\n    'Accept: application/json',\n]);" % (h, n, sv),
 'hurl_request_header': lambda n, sv, h: "GET https://%s/v1/status\n%s: %s\nHTTP 200" % (h, n, sv),
 'envoy_request_headers_to_add': lambda n, sv, h: "request_headers_to_add:\n- header:\n    key: \"%s\"\n    value: \"%s\"\n  append_action: OVERWRITE_IF_EXISTS_OR_ADD\n# upstream cluster: %s" % (n, sv, h),
 'apache_requestheader_set': lambda n, sv, h: "<Location \"/upstream/\">\n    ProxyPass \"https://%s/\"\n    RequestHeader set \"%s\" \"%s\"\n</Location>" % (h, n, sv),
 'varnish_vcl_set_req_http': lambda n, sv, h: "sub vcl_backend_fetch {\n    # backend %s\n    set bereq.http.%s = \"%s\";\n}" % (h, n, sv),
 'restsharp_addheader_call': lambda n, sv, h: "var client = new RestClient(\"https://%s\");\nvar request = new RestRequest(\"/v1/status\");\nrequest.AddHeader(\"%s\", \"%s\");" % (h, n, sv),
}


def build():
    r = random.Random(SEED)
    vt = rows()
    order = list(range(len(vt)))
    r.shuffle(order)
    use = {s: 0 for s in list(ENV_STYLES) + list(HEADER_STYLES)}
    recs, structured = [], []
    for i in order:
        t, env, tpl, hdr = vt[i]
        if tpl.startswith('@'):
            value, check = special(r, tpl[1:])
        else:
            value, check = shape(r, tpl), None
        if tpl.startswith('@jwt'):
            check = check or 'jwt_segments_decode'
        if check:
            structured.append((check, value))
        styles = sorted(ENV_STYLES) + (sorted(HEADER_STYLES) if hdr else [])
        m = min(use[s] for s in styles)
        st = r.choice([s for s in styles if use[s] == m])
        use[st] += 1
        host = 'api.' + t.split('_')[0] + '.example'
        if st in ENV_STYLES:
            text = ENV_STYLES[st](env, value, host)
        else:
            name, scheme = _hdr(hdr)
            text = HEADER_STYLES[st](name, scheme + value, host)
        recs.append((t + '__' + st, text, [(value, t)]))
    return recs, use, structured
