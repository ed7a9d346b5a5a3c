"""Vendor part: one record per vendor type in 25 new container styles."""
import base64, json, random
import common as C, vendor_table
from common import S, fill

SEED = 28002

ENV_STYLES = {
 "coffeescript_assignment": "# config.coffee\nmodule.exports =\n  «v»: '«X»'\n",
 "common_lisp_defparameter": ";;; config.lisp\n(defparameter *«d»* \"«X»\")\n",
 "vimscript_let_global": "\" ~/.vimrc\nlet g:«v» = '«X»'\n",
 "apex_static_final_string": "public with sharing class Keys {\n    public static final String «V» = '«X»';\n}\n",
 "jsonnet_local_binding": "local «v» = '«X»';\n{\n  apiKey: «v»,\n}\n",
 "starlark_constant_assignment": "# defs.bzl\n«V» = \"«X»\"\n",
 "haxe_static_inline_var": "class Keys {\n    public static inline var «V»:String = \"«X»\";\n}\n",
 "applescript_property_declaration": "property «C» : \"«X»\"\n",
 "zig_const_slice": "const std = @import(\"std\");\npub const «v»: []const u8 = \"«X»\";\n",
 "nim_const_string": "# settings.nim\nconst «v»* = \"«X»\"\n",
 "crystal_constant": "module App\n  «V» = \"«X»\"\nend\n",
 "r_assign_arrow": "# setup.R\n«V» <- \"«X»\"\n",
 "groovy_def_string": "// Jenkins shared lib vars/creds.groovy\ndef «v» = '«X»'\n",
 "cobol_working_storage_value": "       WORKING-STORAGE SECTION.\n       01 WS-«D» PIC X(400) VALUE\n           '«X»'.\n",
 "vb_net_const_string": "Module Settings\n    Public Const «V» As String = \"«X»\"\nEnd Module\n",
 "erlang_define_macro": "%% app_config.hrl\n-define(«V», \"«X»\").\n",
}
HDR_STYLES = {
 "guzzle_client_headers_option": "$client = new GuzzleHttp\\Client([\n    'base_uri' => 'https://api.«host».example/',\n    'headers' => ['«HN»' => '«HV»'],\n]);\n",
 "faraday_connection_headers": "conn = Faraday.new(url: 'https://api.«host».example', headers: { '«HN»' => '«HV»' })\nconn.get('/v1/status')\n",
 "spring_webclient_default_header": "WebClient client = WebClient.builder()\n    .baseUrl(\"https://api.«host».example\")\n    .defaultHeader(\"«HN»\", \"«HV»\")\n    .build();\n",
 "alamofire_httpheaders_literal": "let headers: HTTPHeaders = [\"«HN»\": \"«HV»\"]\nAF.request(\"https://api.«host».example/v1/status\", headers: headers)\n",
 "powershell_invoke_restmethod_headers": "PS> Invoke-RestMethod -Uri https://api.«host».example/v1/status -Headers @{ '«HN»' = '«HV»' }\n",
 "wget_header_option": "$ wget -qO- --header='«HN»: «HV»' https://api.«host».example/v1/status\n",
 "envoy_request_headers_to_add": "route:\n  cluster: «host»_api\n  request_headers_to_add:\n  - header:\n      key: «HN»\n      value: \"«HV»\"\n    append_action: OVERWRITE_IF_EXISTS_OR_ADD\n",
 "apache_requestheader_set": "<Location /«host»/>\n    ProxyPass https://api.«host».example/\n    RequestHeader set «HN» \"«HV»\"\n</Location>\n",
 "hurl_file_request_header": "GET https://api.«host».example/v1/status\n«HN»: «HV»\nHTTP 200\n",
}

def special(rng, spec, name):
    if spec == "@JWT":
        return C.jwt_like(rng, {"sub": C.uuid4(rng), "iat": rng.randint(1690000000, 1760000000),
                                "scope": "api", "iss": name.split("_")[0]})
    if spec == "@INTERCOM":
        raw = "tok:" + C.uuid4(rng) + ":1:0"
        return base64.b64encode(raw.encode()).decode().rstrip("=") + "="
    if spec == "@MAPBOX":
        pl = C.b64u(json.dumps({"u": "user" + C.rs(rng, C.DIG, 4), "a": C.rs(rng, C.LOW + C.DIG, 25)},
                               separators=(",", ":")).encode())
        return "sk." + pl + "." + C.rs(rng, C.B64URL, 22)
    return C.shape(rng, spec)

def camel(var):
    return "".join(p.capitalize() for p in var.lower().split("_"))

def generate(start_id=1):
    rng = random.Random(SEED)
    import denylist, os
    frozen = denylist.widened(set(json.load(open(os.path.join(os.path.dirname(__file__), "brief_names.json"), encoding="utf-8"))))
    rows = [r for r in vendor_table.rows() if r[0] not in frozen]
    removed = [r[0] for r in vendor_table.rows() if r[0] in frozen]
    hdr_rows = [r for r in rows if r[3] != "-"]
    env_rows = [r for r in rows if r[3] == "-"]
    recs = []
    # header-capable types: split between header and env styles (least-used)
    pairs = []
    rng2 = random.Random(SEED + 100)
    hdr_take = hdr_rows[::2]
    env_take = env_rows + hdr_rows[1::2]
    pairs += C.least_used_assign(rng2, hdr_take, sorted(HDR_STYLES))
    pairs += C.least_used_assign(rng2, env_take, sorted(ENV_STYLES))
    pairs.sort(key=lambda p: p[0][0])
    for (name, var, spec, hdr), style in pairs:
        val = special(rng, spec, name)
        host = name.split("_")[0]
        if style in HDR_STYLES:
            if hdr == "B":
                hn, hv = "Authorization", ["Bearer ", S(val, name)]
            elif hdr.startswith("S:"):
                word = hdr[2:]
                sep = "" if word.endswith("=") else " "
                hn, hv = "Authorization", [word + sep, S(val, name)]
            else:
                hn, hv = hdr[2:], S(val, name)
            text, spans = fill(HDR_STYLES[style], HN=hn, HV=hv, host=host)
        else:
            text, spans = fill(ENV_STYLES[style], V=var, v=var.lower(), D=var.replace("_", "-"), d=var.lower().replace("_", "-"),
                               C=camel(var), X=S(val, name))
        recs.append(C.pos_record(None, name + "__" + style, text, spans, "vendor"))
    return recs, {"removed_by_denylist": removed, "env_styles": sorted(ENV_STYLES),
                  "header_styles": sorted(HDR_STYLES)}
