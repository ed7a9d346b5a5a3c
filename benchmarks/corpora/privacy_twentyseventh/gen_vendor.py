"""Vendor part: one record per new vendor credential type in 25 new container styles."""
import random, re
from common import Gen, ALNUM, B64, B64U, HEX, DIG, UPPER, LOWER, render, jwt_like
import vendor_table

SEED = 27002
TARGET = 205

ALPH = {"h": HEX, "H": "0123456789ABCDEF", "a": ALNUM, "l": LOWER + DIG, "u": UPPER + DIG, "U": UPPER + DIG,
        "b": B64, "x": B64U, "d": DIG, "L": UPPER + LOWER, "z": "abcdefghijklmnopqrstuvwxyz234567"}
TOK = re.compile(r"<([hHaluUbxdLz])(\d+)>|<uuid>|<jwt>")


def make_value(g, name, spec):
    def one():
        out = []
        last = 0
        for m in TOK.finditer(spec):
            out.append(spec[last:m.start()])
            if m.group(0) == "<uuid>":
                out.append(g.uuid())
            elif m.group(0) == "<jwt>":
                out.append(jwt_like(g, {"iss": name.split("_")[0], "sub": g.uuid(), "iat": g.r.randint(1.69e9, 1.73e9)}))
            else:
                out.append(g.s(ALPH[m.group(1)], int(m.group(2))))
            last = m.end()
        out.append(spec[last:])
        return "".join(out).replace("¦", "|")
    return g.uniq(one)


def camel(var):
    p = var.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


ENV_STYLES = {
    "haskell_top_level_binding": "-- Config.hs\nmodule Config where\n\n«camel» :: String\n«camel» = \"«v»\"\n",
    "ocaml_let_binding": "(* config.ml *)\nlet «var» = \"«v»\"\n",
    "fsharp_literal_attribute": "module Config\n\n[<Literal>]\nlet «Camel» = \"«v»\"\n",
    "elixir_module_attribute": "defmodule App.Secrets do\n  @«var» \"«v»\"\n  def «var», do: @«var»\nend\n",
    "gleam_pub_const": "// src/config.gleam\npub const «var» = \"«v»\"\n",
    "clojure_def_string": "(ns app.config)\n\n(def «kebab» \"«v»\")\n",
    "scala_val_string": "object Config {\n  val «camel»: String = \"«v»\"\n}\n",
    "d_lang_enum_string": "// source/config.d\nenum string «camel» = \"«v»\";\n",
    "php_define_constant": "<?php\n// config/secrets.php\ndefine('«VAR»', '«v»');\n",
    "ruby_constant_freeze": "module Settings\n  «VAR» = '«v»'.freeze\nend\n",
    "julia_const_string": "# config.jl\nconst «VAR» = \"«v»\"\n",
    "ballerina_configurable_string": "// main.bal\nconfigurable string «camel» = \"«v»\";\n",
    "dart_const_string": "// lib/config.dart\nconst String «camel» = '«v»';\n",
    "ada_constant_string": "package Config is\n   «Ada» : constant String := \"«v»\";\nend Config;\n",
    "powershell_set_item_env_drive": "# bootstrap.ps1\nSet-Item -Path Env:«VAR» -Value '«v»'\n",
    "matlab_setenv_call": "% startup.m\nsetenv('«VAR»', '«v»');\n",
}
HEADER_STYLES = {
    "nginx_proxy_set_header": "location /vendor/ {\n    proxy_pass https://«host»/;\n    proxy_set_header «HDR» \"«SCHEME»«v»\";\n}\n",
    "varnish_vcl_set_req_http": "sub vcl_recv {\n    if (req.url ~ \"^/vendor/\") {\n        set req.http.«HDR» = \"«SCHEME»«v»\";\n        set req.backend_hint = vendor_api;\n    }\n}\n",
    "lighttpd_setenv_add_request_header": "$HTTP[\"url\"] =~ \"^/vendor/\" {\n    setenv.add-request-header = ( \"«HDR»\" => \"«SCHEME»«v»\" )\n    proxy.server = ( \"\" => (( \"host\" => \"«host»\", \"port\" => 443 )) )\n}\n",
    "caddy_header_up_directive": "handle_path /vendor/* {\n    reverse_proxy https://«host» {\n        header_up «HDR» \"«SCHEME»«v»\"\n    }\n}\n",
    "haproxy_http_request_set_header": "backend vendor_api\n    server api «host»:443 ssl verify required\n    http-request set-header «HDR» \"«SCHEME»«v»\"\n",
    "go_req_header_set_call": "req, _ := http.NewRequest(\"GET\", \"https://«host»/v1/status\", nil)\nreq.Header.Set(\"«HDR»\", \"«SCHEME»«v»\")\n",
    "java_httprequest_builder_header": "HttpRequest req = HttpRequest.newBuilder(URI.create(\"https://«host»/v1/status\"))\n    .header(\"«HDR»\", \"«SCHEME»«v»\")\n    .build();\n",
    "k6_http_params_headers": "const res = http.get('https://«host»/v1/status', {\n  headers: { '«HDR»': '«SCHEME»«v»' },\n});\n",
    "okhttp_request_add_header": "val request = Request.Builder()\n    .url(\"https://«host»/v1/status\")\n    .addHeader(\"«HDR»\", \"«SCHEME»«v»\")\n    .build()\n",
}


def selected_rows(deny_overlap):
    rows = [r for r in vendor_table.rows() if not deny_overlap(r["name"])]
    # drop name-only types (no literal prefix, no documented header) in sorted order until TARGET remain
    drop = []
    name_only = sorted(r["name"] for r in rows if r["spec"].startswith("<") and not r["header"])
    name_only += sorted(r["name"] for r in rows if r["spec"].startswith("<") and r["header"] and r["name"] not in name_only)
    for n in name_only:
        if len(rows) - len(drop) <= TARGET:
            break
        drop.append(n)
    return [r for r in rows if r["name"] not in drop], drop


def build(used, deny_overlap):
    rng = random.Random(SEED)
    g = Gen(rng, used)
    rows, _ = selected_rows(deny_overlap)
    order = list(range(len(rows)))
    rng.shuffle(order)
    usage = {s: 0 for s in list(ENV_STYLES) + list(HEADER_STYLES)}
    recs = []
    for i in order:
        r = rows[i]
        allowed = sorted(ENV_STYLES) + (sorted(HEADER_STYLES) if r["header"] else [])
        m = min(usage[s] for s in allowed)
        style = rng.choice([s for s in allowed if usage[s] == m])
        usage[style] += 1
        v = make_value(g, r["name"], r["spec"])
        var = r["var"]
        mp = {"VAR": var, "var": var.lower(), "camel": camel(var), "Camel": camel(var)[0].upper() + camel(var)[1:],
              "kebab": var.lower().replace("_", "-"), "Ada": "_".join(p.capitalize() for p in var.split("_")),
              "host": "api." + r["name"].split("_")[0] + ".example", "HDR": r["header"], "SCHEME": r["scheme"],
              "v": [(v, r["name"])]}
        tpl = ENV_STYLES.get(style) or HEADER_STYLES[style]
        text, spans = render(tpl, mp)
        recs.append(("vendor", r["name"] + "__" + style, text, spans))
    recs.sort(key=lambda x: x[1])
    return recs
