"""Vendor part: one record per vendor type in 25 new container styles."""
import random
from common import *
from vendor_table import V

SEED = 25002


def _camel(env):
    return ''.join(w.capitalize() for w in env.lower().split('_'))


def _lc(env):
    return env.lower()


# env / source styles; True = allows multi-line values
ENV = {
 'zig_const_string': (False, "const std = @import(\"std\");\n\npub const ⟨LC⟩ = \"⟨V⟩\";\n"),
 'nim_const_string': (False, "const ⟨CC⟩* = \"⟨V⟩\"\n\nproc client*(): HttpClient = newHttpClient()\n"),
 'ocaml_let_string': (True, "(* config.ml *)\nlet ⟨LC⟩ = \"⟨V⟩\"\nlet timeout_s = 30\n"),
 'fsharp_literal_let': (True, "module Config\n\n[<Literal>]\nlet ⟨CC⟩ = \"\"\"⟨V⟩\"\"\"\n"),
 'haskell_top_binding': (False, "module Secrets where\n\n⟨LCC⟩ :: String\n⟨LCC⟩ = \"⟨V⟩\"\n"),
 'crystal_constant': (False, "module App\n  ⟨K⟩ = \"⟨V⟩\"\nend\n"),
 'groovy_def_string': (True, "// Jenkins shared library vars/config.groovy\ndef ⟨LCC⟩ = '''⟨V⟩'''\nreturn this\n"),
 'erlang_define_macro': (False, "%% app_secrets.hrl\n-define(⟨K⟩, \"⟨V⟩\").\n"),
 'common_lisp_defparameter': (True, ";;; config.lisp\n(defparameter *⟨DASH⟩* \"⟨V⟩\")\n"),
 'c_define_macro': (False, "#ifndef SECRETS_H\n#define SECRETS_H\n#define ⟨K⟩ \"⟨V⟩\"\n#endif\n"),
 'cpp_constexpr_string_view': (False, "#include <string_view>\n\nnamespace cfg {\ninline constexpr std::string_view k⟨CC⟩{\"⟨V⟩\"};\n}\n"),
 'vbnet_const_string': (False, "Module Secrets\n    Public Const ⟨CC⟩ As String = \"⟨V⟩\"\nEnd Module\n"),
 'fish_set_gx_line': (False, "# ~/.config/fish/conf.d/⟨APP⟩.fish\nset -gx ⟨K⟩ '⟨V⟩'\n"),
 'nix_attrset_string': (True, "{\n  services.⟨APP⟩.environment = {\n    ⟨K⟩ = ''⟨V⟩'';\n  };\n}\n"),
 'hcl_locals_heredoc': (True, "locals {\n  ⟨LC⟩ = <<-EOT\n⟨V⟩\nEOT\n}\n"),
 'java_properties_line': (False, "# src/main/resources/⟨APP⟩.properties\n⟨DOT⟩=⟨V⟩\nhttp.timeout=30s\n"),
}

HDR = {
 'curl_config_file_header': "# ~/.config/⟨APP⟩.curlrc\nurl = \"https://⟨HOST⟩/v1/status\"\nheader = \"⟨HN⟩: ⟨SCH⟩⟨V⟩\"\nsilent\n",
 'wget_header_flag': "wget -qO- --header='⟨HN⟩: ⟨SCH⟩⟨V⟩' https://⟨HOST⟩/v1/status\n",
 'envoy_request_headers_to_add': "route:\n  cluster: ⟨APP⟩_upstream\nrequest_headers_to_add:\n- header:\n    key: ⟨HN⟩\n    value: \"⟨SCH⟩⟨V⟩\"\n  append_action: OVERWRITE_IF_EXISTS_OR_ADD\n",
 'apache_requestheader_set': "<Location \"/⟨APP⟩/\">\n    ProxyPass \"https://⟨HOST⟩/\"\n    RequestHeader set ⟨HN⟩ \"⟨SCH⟩⟨V⟩\"\n</Location>\n",
 'powershell_invoke_restmethod': "Invoke-RestMethod -Uri 'https://⟨HOST⟩/v1/status' -Headers @{ '⟨HN⟩' = '⟨SCH⟩⟨V⟩' }\n",
 'node_fetch_headers_object': "const res = await fetch('https://⟨HOST⟩/v1/status', {\n  headers: { '⟨HN⟩': '⟨SCH⟩⟨V⟩' },\n});\n",
 'php_curl_httpheader_array': "$ch = curl_init('https://⟨HOST⟩/v1/status');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['⟨HN⟩: ⟨SCH⟩⟨V⟩']);\n",
 'hurl_file_header_line': "GET https://⟨HOST⟩/v1/status\n⟨HN⟩: ⟨SCH⟩⟨V⟩\nHTTP 200\n",
 'ktor_client_header_call': "val resp = client.get(\"https://⟨HOST⟩/v1/status\") {\n    header(\"⟨HN⟩\", \"⟨SCH⟩⟨V⟩\")\n}\n",
}
STYLES = sorted(ENV) + sorted(HDR)


def build():
    r = random.Random(SEED)
    use = {s: 0 for s in STYLES}
    recs = []
    for t in sorted(V):
        env, gen, hdr = V[t]
        if hdr == 'pem':
            cands = [s for s in sorted(ENV) if ENV[s][0]]
        elif hdr is None:
            cands = sorted(ENV)
        else:
            cands = STYLES
        m = min(use[s] for s in cands)
        st = r.choice([s for s in cands if use[s] == m]); use[st] += 1
        val = gen(r)
        vendor = t.split('_')[0]
        kw = dict(V=[(val, t)], K=env, LC=_lc(env), CC=_camel(env), LCC=_camel(env)[0].lower() + _camel(env)[1:],
                  DASH=env.lower().replace('_', '-'), DOT=env.lower().replace('_', '.'), APP=vendor + '-sync',
                  HOST='api.%s.example' % vendor)
        if st in HDR:
            kw.update(HN=hdr[0], SCH=hdr[1]); tpl = HDR[st]
        else:
            tpl = ENV[st][1]
        text, spans = render(tpl, **kw)
        recs.append({'type': t, 'container': t + '__' + st, 'text': text, 'secrets': spans, 'source': 'vendor'})
    return recs
