"""Vendor part: one record per new vendor credential type, 25 new container styles."""
import random
from common import (pick, alnum, hexs, digits, uuid4, jwt_like, assemble, fillers, ALNUM, LOWER_ALNUM,
                    UPPER_ALNUM, HEX, B64C, B64U)
from vendor_table import rows

SEED = 23002

ENV_STYLES = {
    "kotlin_const_val": "object Secrets {\n    const val {NAME} = \"{V}\"\n}",
    "swift_let_constant": "enum Config {\n    static let {NAME} = \"{V}\"\n}",
    "rust_const_str": "pub const {NAME}: &str = \"{V}\";",
    "csharp_setenvironmentvariable_call": "Environment.SetEnvironmentVariable(\"{NAME}\", \"{V}\");",
    "perl_env_hash_assign": "use strict;\n$ENV{'{NAME}'} = '{V}';",
    "r_sys_setenv_call": "Sys.setenv({NAME} = \"{V}\")",
    "lua_local_string": "local {NAME} = \"{V}\"\nreturn { key = {NAME} }",
    "pascal_const_string": "const\n  {NAME} = '{V}';",
    "fortran_character_parameter": "character(len=*), parameter :: {NAME} = \"{V}\"",
    "tcl_env_array_set": "set env({NAME}) \"{V}\"",
    "makefile_export_line": "export {NAME} := {V}\n\ndeploy:\n\t./scripts/deploy.sh",
    "dockerfile_env_instruction": "FROM python:3.12-slim\nENV {NAME}=\"{V}\"\nCMD [\"python\", \"main.py\"]",
    "csh_setenv_line": "setenv {NAME} \"{V}\"",
    "nushell_env_assign": "$env.{NAME} = \"{V}\"",
    "powershell_env_drive_assign": "$env:{NAME} = '{V}'",
    "k8s_container_env_value_yaml": "containers:\n  - name: app\n    env:\n      - name: {NAME}\n        value: \"{V}\"",
}
HEADER_STYLES = {
    "httpie_header_arg": "http GET https://{API}/v1/status '{HDR}:{SCHEME}{V}'",
    "axios_create_headers_object": "const api = axios.create({\n  baseURL: 'https://{API}',\n  headers: { '{HDR}': '{SCHEME}{V}' },\n});",
    "python_httpx_headers_dict": "client = httpx.Client(\n    base_url=\"https://{API}\",\n    headers={\"{HDR}\": \"{SCHEME}{V}\"},\n)",
    "rust_reqwest_header_call": "let resp = client\n    .get(\"https://{API}/v1/status\")\n    .header(\"{HDR}\", \"{SCHEME}{V}\")\n    .send()\n    .await?;",
    "okhttp_request_builder_header": "val req = Request.Builder()\n    .url(\"https://{API}/v1/status\")\n    .addHeader(\"{HDR}\", \"{SCHEME}{V}\")\n    .build()",
    "swift_urlrequest_setvalue": "var request = URLRequest(url: URL(string: \"https://{API}/v1/status\")!)\nrequest.setValue(\"{SCHEME}{V}\", forHTTPHeaderField: \"{HDR}\")",
    "dotnet_httpclient_default_request_headers": "client.BaseAddress = new Uri(\"https://{API}/\");\nclient.DefaultRequestHeaders.Add(\"{HDR}\", \"{SCHEME}{V}\");",
    "traefik_custom_request_headers_yaml": "http:\n  middlewares:\n    upstream-auth:\n      headers:\n        customRequestHeaders:\n          {HDR}: \"{SCHEME}{V}\"",
    "grpcurl_h_flag": "grpcurl -H '{HDR}: {SCHEME}{V}' {API}:443 list",
}

ALPH = {"A": ALNUM, "a": LOWER_ALNUM, "U": UPPER_ALNUM, "H": HEX, "X": HEX.upper(), "D": "0123456789",
        "B": B64C, "b": B64U, "S": ALNUM + "-_"}


def make_value(rng, shape, t):
    out = ""
    for tok in shape.split(" "):
        if tok == "UUID":
            out += uuid4(rng)
        elif tok.startswith("JWT"):
            role = tok.split(":", 1)[1] if ":" in tok else None
            payload = {"iat": 1700000000 + rng.randrange(30000000), "sub": alnum(rng, 12), "jti": uuid4(rng)}
            if role:
                payload = {"iss": "supabase", "ref": pick(rng, "abcdefghijklmnopqrstuvwxyz", 20), "role": role,
                           "iat": payload["iat"], "exp": payload["iat"] + 315360000}
            out += jwt_like(rng, {"alg": "HS256", "typ": "JWT"}, payload)
        elif tok.startswith("L:"):
            out += tok[2:].replace("PROJ", rng.choice(["shop-graph", "catalog", "fleet-api"]))
        else:
            k, n = tok.split(":")
            v = pick(rng, ALPH[k], int(n))
            if k == "D":
                v = digits(rng, int(n))
            out += v
    return out


def generate():
    rng = random.Random(SEED)
    used = {s: 0 for s in list(ENV_STYLES) + list(HEADER_STYLES)}
    recs = []
    for row in sorted(rows(), key=lambda r: r["type"]):
        allowed = list(ENV_STYLES) if row["header"] is None else list(ENV_STYLES) + list(HEADER_STYLES)
        m = min(used[s] for s in allowed)
        style = rng.choice([s for s in allowed if used[s] == m])
        used[style] += 1
        val = make_value(rng, row["shape"], row["type"])
        tpl = ENV_STYLES.get(style) or HEADER_STYLES[style]
        slug = row["type"].split("_")[0]
        tpl = tpl.replace("{NAME}", row["env"]).replace("{API}", f"api.{slug}.example")
        tpl = tpl.replace("{HDR}", row["header"] or "").replace("{SCHEME}", row["scheme"])
        a, b = tpl.split("{V}")
        text, spans = assemble([a, (val, row["type"]), b])
        recs.append({"type": row["type"], "container": f"{row['type']}__{style}", "text": text, "secrets": spans,
                     "source": "vendor", "_style": style, "_shape": row["shape"]})
    return recs
