"""Vendor part: one record per new vendor credential type + an RSA key file (seed 20002)."""
import base64
import json
import random

from common import (ALNUM, B64URL, CHARSETS, HEX, filler, render, rs, uuid4)
import gen_crypto
from gen_vendor_types import parse

SEED = 20002


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _jwt(r, alg, claims):
    head = _b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig_len = {"HS256": 43, "HS512": 86, "RS256": 342}[alg]
    return head + "." + body + "." + rs(r, sig_len, B64URL)


def _claims(r):
    return {"sub": uuid4(r), "iat": r.randint(1700000000, 1760000000), "jti": rs(r, 16, HEX)}


SPECIAL = {
    "appid": lambda r: rs(r, 6, ALNUM), "keyid": lambda r: rs(r, 6, ALNUM),
    "slug": lambda r: r.choice(["checkout-graph", "core-api", "mobile-bff"]),
    "astra": lambda r: rs(r, 24, ALNUM), "digits4": lambda r: str(r.randint(1000, 9999)),
    "digits7": lambda r: str(r.randint(10**6, 10**7 - 1)), "digits8": lambda r: str(r.randint(10**7, 10**8 - 1)),
    "tail40": lambda r: rs(r, 40, ALNUM), "tail25": lambda r: rs(r, 25, ALNUM),
    "tail20": lambda r: rs(r, 20, ALNUM), "tail22": lambda r: rs(r, 22, ALNUM),
    "tail10": lambda r: rs(r, 10, ALNUM), "tail32": lambda r: rs(r, 32, ALNUM),
    "tail64": lambda r: rs(r, 64, B64URL), "hex24": lambda r: rs(r, 24, HEX),
    "hex32": lambda r: rs(r, 32, HEX), "hex40": lambda r: rs(r, 40, HEX),
    "uuid": uuid4, "b64short": lambda r: rs(r, 8, ALNUM) + "==",
    "wolf": lambda r: rs(r, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "-" + rs(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    "jwt:RS256": lambda r: _jwt(r, "RS256", _claims(r)),
    "jwt:HS256": lambda r: _jwt(r, "HS256", _claims(r)),
    "jwt:HS512": lambda r: _jwt(r, "HS512", _claims(r)),
    "supa": lambda r: _jwt(r, "HS256", {"iss": "supabase", "ref": rs(r, 20, "abcdefghijklmnopqrstuvwxyz"), "role": "service_role", "iat": 1712000000, "exp": 2027576000}),
    "moesif": lambda r: _b64u(json.dumps({"app": {"id": str(r.randint(100, 999)), "name": "prod"}, "org": str(r.randint(100, 999))}).encode()) + "." + rs(r, 43, B64URL),
    "momento": lambda r: base64.b64encode(json.dumps({"endpoint": "cell-4-us-west-2-1.prod.a.momentohq.com", "api_key": _jwt(r, "HS256", _claims(r))}, separators=(",", ":")).encode()).decode(),
    "neptune": lambda r: base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid4(r)}, separators=(",", ":")).encode()).decode(),
    "paseto": lambda r: "v2.public." + rs(r, 180, B64URL),
}


def _expand(r, s):
    out = ""
    i = 0
    while i < len(s):
        if s[i] == "{":
            j = s.index("}", i)
            out += SPECIAL[s[i + 1:j]](r)
            i = j + 1
        else:
            out += s[i]
            i += 1
    return out


def value(r, row):
    pre, _, tail = row["prefix"].partition("~")
    ln_s, _, tail2 = row["len"].partition("~")
    v = _expand(r, pre)
    cs = row["cs"]
    n = int(ln_s)
    if cs == "u":
        v += uuid4(r)
    elif cs == "s":
        v += base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    elif n:
        v += rs(r, n, CHARSETS[cs])
    v += _expand(r, tail2) + _expand(r, tail)
    return v


SAFE = set(ALNUM + "._-")

# container styles (new). {N} env name, {V} value, {HN} header name, {HP} scheme word
ENV_STYLES = {
    "bashrc_export_line": ("# added while debugging the {svc} integration\nexport {N}={V}\nexport PATH=\"$HOME/.local/bin:$PATH\"\n", False),
    "zshenv_typeset_x": ("# ~/.zshenv\ntypeset -x EDITOR=nvim\ntypeset -x {N}='{V}'\n", True),
    "csh_setenv_line": ("# ~/.cshrc\nsetenv LANG en_US.UTF-8\nsetenv {N} {V}\n", False),
    "powershell_profile_env_assign": ("# Microsoft.PowerShell_profile.ps1\n$env:{N} = '{V}'\nSet-Alias k kubectl\n", True),
    "windows_setx_command": ("C:\\Users\\{user}> setx {N} \"{V}\"\n\nSUCCESS: Specified value was saved.\n", True),
    "docker_run_e_flag": ("docker run -d --name {svc}-worker \\\n  -e {N}={V} \\\n  -e LOG_LEVEL=debug \\\n  ghcr.io/{org}/worker:latest\n", False),
    "compose_environment_list_item": ("services:\n  worker:\n    image: ghcr.io/{org}/worker:1.{n2}\n    environment:\n      - LOG_LEVEL=info\n      - {N}={V}\n", False),
    "k8s_deployment_env_value": ("        env:\n        - name: {N}\n          value: \"{V}\"\n        - name: PORT\n          value: \"8080\"\n", True),
    "supervisord_program_environment": ("[program:{svc}-sync]\ncommand=/opt/sync/bin/run\nautorestart=true\nenvironment={N}=\"{V}\",LOG_LEVEL=\"info\"\n", True),
    "pm2_ecosystem_config_js": ("module.exports = {{\n  apps: [{{\n    name: '{svc}-api',\n    script: 'dist/server.js',\n    env_production: {{\n      {N}: '{V}'\n    }}\n  }}]\n}};\n", True),
    "procfile_inline_env": ("web: {N}={V} bundle exec puma -C config/puma.rb\nworker: bundle exec sidekiq\n", False),
    "gitpod_gp_env_cmd": ("gitpod /workspace/{svc} (main) $ gp env {N}={V}\n{N}={V}\n", False),
    "railway_variables_set_cmd": ("$ railway variables --set \"{N}={V}\" --service {svc}\nSet variables {N}\n", True),
    "spring_yaml_placeholder_default": ("{svc}:\n  client:\n    base-url: https://api.example-vendor.test\n    token: ${{{N}:{V}}}\n", False),
    "dynaconf_settings_toml": ("[default]\nservice = \"{svc}\"\n\n[production]\n{n_lower} = \"{V}\"\n", True),
    "go_viper_setdefault": ("func init() {{\n\tviper.SetDefault(\"{n_lower}\", \"{V}\")\n\tviper.AutomaticEnv()\n}}\n", True),
    "rust_const_str_item": ("// TODO move to env before release\npub const {N}: &str = \"{V}\";\n", True),
    "swift_static_let_config": ("enum Secrets {{\n    static let {camel} = \"{V}\"\n}}\n", True),
    "kotlin_const_val_object": ("object Keys {{\n    const val {N} = \"{V}\"\n}}\n", True),
    "dotnet_appsettings_development_json": ("{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"{Camel}\": {{ \"ApiKey\": \"{V}\" }}\n}}\n", True),
    "perl_local_env_assign": ("use strict;\nlocal $ENV{{{N}}} = '{V}';\nsystem('./sync.pl');\n", True),
    "lua_config_return_table": ("-- config.lua\nreturn {{\n  {n_lower} = \"{V}\",\n  timeout = 30,\n}}\n", True),
    "r_sys_setenv_call": ("Sys.setenv({N} = \"{V}\")\nres <- httr2::request(\"https://api.example-vendor.test\") |> httr2::req_perform()\n", True),
    "matlab_setenv_call": ("setenv('{N}', '{V}');\nresp = webread(url);\n", True),
}
HDR_STYLES = {
    "httpie_cli_header_arg": ("$ http GET https://{host_api}/v1/status '{HN}:{HP}{V}'\nHTTP/1.1 200 OK\n", True),
    "httpx_client_headers_dict": ("import httpx\n\nclient = httpx.Client(base_url=\"https://{host_api}\", headers={{\"{HN}\": \"{HP}{V}\"}})\nprint(client.get(\"/v1/status\").json())\n", True),
    "okhttp_interceptor_addheader": ("val client = OkHttpClient.Builder()\n    .addInterceptor {{ chain ->\n        chain.proceed(chain.request().newBuilder().addHeader(\"{HN}\", \"{HP}{V}\").build())\n    }}.build()\n", True),
    "urlsession_setvalue_header": ("var req = URLRequest(url: URL(string: \"https://{host_api}/v1/status\")!)\nreq.setValue(\"{HP}{V}\", forHTTPHeaderField: \"{HN}\")\n", True),
    "guzzle_client_default_headers": ("$client = new \\GuzzleHttp\\Client([\n    'base_uri' => 'https://{host_api}',\n    'headers' => ['{HN}' => '{HP}{V}'],\n]);\n", True),
    "reqwest_default_headers_insert": ("let mut h = HeaderMap::new();\nh.insert(\"{HN}\", HeaderValue::from_static(\"{HP}{V}\"));\nlet client = reqwest::Client::builder().default_headers(h).build()?;\n", True),
    "dotnet_httpclient_default_headers": ("var http = new HttpClient {{ BaseAddress = new Uri(\"https://{host_api}\") }};\nhttp.DefaultRequestHeaders.TryAddWithoutValidation(\"{HN}\", \"{HP}{V}\");\n", True),
    "postman_collection_request_header": ("{{\"info\": {{\"name\": \"{svc}\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}}, \"item\": [{{\"name\": \"status\", \"request\": {{\"method\": \"GET\", \"header\": [{{\"key\": \"{HN}\", \"value\": \"{HP}{V}\"}}], \"url\": \"https://{host_api}/v1/status\"}}}}]}}\n", True),
    "bruno_bru_request_headers": ("meta {{\n  name: status\n  type: http\n}}\n\nget {{\n  url: https://{host_api}/v1/status\n}}\n\nheaders {{\n  {HN}: {HP}{V}\n}}\n", False),
    "grpcurl_h_flag": ("grpcurl -H '{HN}: {HP}{V}' {host_api}:443 list\n", True),
    "websocat_header_flag": ("websocat -H='{HN}: {HP}{V}' wss://{host_api}/v1/stream\n", True),
    "aria2c_header_option": ("aria2c --header='{HN}: {HP}{V}' https://{host_api}/v1/export.csv\n", True),
}


def generate():
    r = random.Random(SEED)
    rows = parse()
    use = {s: 0 for s in list(ENV_STYLES) + list(HDR_STYLES)}
    recs = []
    for row in rows:
        v = value(r, row)
        safe = all(c in SAFE for c in v)
        cands = [s for s, (_, q) in ENV_STYLES.items() if q or safe]
        if row["hdr"]:
            cands += [s for s, (_, q) in HDR_STYLES.items() if q or safe]
        style = sorted(cands, key=lambda s: (use[s], r.random()))[0]
        use[style] += 1
        tpl = ENV_STYLES.get(style, HDR_STYLES.get(style))[0]
        hn, _, hp = row["hdr"].partition("=")
        if hn == "B":
            hn, hp = "Authorization", "Bearer "
        vendor = row["type"].split("_")[0]
        f = filler(r)
        words = row["env"].lower().split("_")
        f.update({"N": row["env"], "n_lower": row["env"].lower(), "svc": vendor,
                  "camel": words[0] + "".join(w.title() for w in words[1:]),
                  "Camel": "".join(w.title() for w in words[:-1]) or words[0].title(),
                  "HN": hn, "HP": hp, "host_api": "api.%s.example" % vendor})
        parts = render(tpl, f, {"V": [(v, row["type"])]})
        recs.append({"part": "vendor", "container": row["type"] + "__" + style,
                     "style": style, "parts": parts,
                     "source": "synthetic vendor credential %s (shape: %s)" % (row["type"], row["prefix"] or "name-only")})
    # key file: RSA PKCS#1 private key pasted into a GitLab snippet API response
    pem = gen_crypto.rsa_pkcs1_pem(random.Random(SEED + 100), 2048)
    esc = pem.replace("\n", "\\n")
    parts = ["{\n  \"id\": 4471,\n  \"title\": \"deploy key for build box\",\n  \"file_name\": \"id_rsa\",\n  \"visibility\": \"internal\",\n  \"content\": \"",
             (esc, "rsa_pkcs1_private_key_pem", pem), "\",\n  \"author\": {\"username\": \"ops-bot\"}\n}\n"]
    recs.append({"part": "vendor", "container": "rsa_pkcs1_private_key_pem__gitlab_snippet_api_json",
                 "style": "gitlab_snippet_api_json", "parts": parts,
                 "source": "synthetic RSA-2048 PKCS#1 key (generated with seeded Miller-Rabin primes)", "pem": pem})
    return recs
