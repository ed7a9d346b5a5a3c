"""Vendor part: one record per new vendor credential type, plus two Ed25519 key files."""
import random
from common import mk, render, gen, gh_token, glsa_token, SRC
from gen_vendor_types import TABLE
import gen_crypto

SEED = 19002
N_VENDOR = 198


def rows():
    out = []
    for line in TABLE.splitlines():
        f = line.split("|")
        out.append(dict(type=f[0], vendor=f[1], host=f[2], env=f[3], header=f[4], scheme=f[5], spec=f[6], basis=f[7]))
    return out[:N_VENDOR]


def make_value(r, rng):
    s = r["spec"]
    if s == "@gho": return gh_token("gho_", rng)
    if s == "@ghu": return gh_token("ghu_", rng)
    if s == "@ghr": return gh_token("ghr_", rng)
    if s == "@glsa": return glsa_token(rng)
    return gen(s, rng)


def hv(r, v):
    return (r["scheme"] + " " if r["scheme"] else "") + v


# container styles (all new kinds): each takes (r, marked value, rng) and returns marked text
def st_nushell(r, v, g):
    return "# ~/.config/nushell/env.nu\n$env.EDITOR = \"hx\"\n$env.%s = \"%s\"\n$env.PATH = ($env.PATH | prepend '~/.local/bin')\n" % (r["env"], v)

def st_kamal(r, v, g):
    return "# .kamal/secrets  (loaded by `kamal deploy`)\nKAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\n%s=%s\nRAILS_MASTER_KEY=$(cat config/master.key)\n" % (r["env"], v)

def st_fly_import(r, v, g):
    return "$ fly secrets import -a api-%s <<'EOF'\n%s=%s\nEOF\nSecrets are staged for the first deployment\n" % (g.choice(["prod", "eu", "edge"]), r["env"], v)

def st_heroku(r, v, g):
    return "$ heroku config:set %s=%s -a acme-%s\nSetting %s and restarting ⬢ acme-%s... done, v%d\n" % (r["env"], v, "worker", r["env"], "worker", g.randint(40, 400))

def st_wrangler(r, v, g):
    return "$ echo \"%s\" | npx wrangler secret put %s --env production\n🌀 Creating the secret for the Worker \"edge-router-production\"\n✨ Success! Uploaded secret %s\n" % (v, r["env"], r["env"])

def st_vercel(r, v, g):
    return "$ printf '%%s' '%s' | vercel env add %s production\nVercel CLI 39.1.2\n✅  Added Environment Variable %s to Project web-app [142ms]\n" % (v, r["env"], r["env"])

def st_netlify(r, v, g):
    return "$ netlify env:set %s %s --context production\nSet environment variable %s=%s in the production context\n" % (r["env"], v, r["env"], v)

def st_ssm(r, v, g):
    return "aws ssm put-parameter \\\n  --name /prod/integrations/%s \\\n  --type SecureString \\\n  --value '%s' \\\n  --overwrite --region eu-west-1\n" % (r["env"].lower(), v)

def st_gcloud_secret(r, v, g):
    return "$ echo -n '%s' | gcloud secrets create %s --replication-policy=automatic --data-file=-\nCreated version [1] of the secret [%s].\n" % (v, r["env"].lower().replace("_", "-"), r["env"].lower().replace("_", "-"))

def st_keyvault(r, v, g):
    return "az keyvault secret set --vault-name kv-platform-weu --name %s --value \"%s\" --output none\n" % (r["env"].lower().replace("_", "-"), v)

def st_k8s_generic(r, v, g):
    return "kubectl -n integrations create secret generic %s-creds \\\n  --from-literal=%s='%s' \\\n  --dry-run=client -o yaml | kubectl apply -f -\n" % (r["vendor"].split()[0].lower().strip("(.)"), r["env"], v)

def st_py_setdefault(r, v, g):
    return "import os\n\n# TODO remove before merge\nos.environ.setdefault(\"%s\", \"%s\")\nclient = make_client(os.environ[\"%s\"])\n" % (r["env"], v, r["env"])

def st_node_nullish(r, v, g):
    return "// scripts/seed.mjs\nprocess.env.%s ??= '%s';\nconst client = createClient({ token: process.env.%s });\n" % (r["env"], v, r["env"])

def st_go_setenv(r, v, g):
    return "func init() {\n\tif os.Getenv(\"%s\") == \"\" {\n\t\t_ = os.Setenv(\"%s\", \"%s\")\n\t}\n}\n" % (r["env"], r["env"], v)

def st_java_prop(r, v, g):
    return "public static void main(String[] args) {\n    System.setProperty(\"%s\", \"%s\");\n    SpringApplication.run(App.class, args);\n}\n" % (r["env"].lower().replace("_", "."), v)

def st_cs_setvar(r, v, g):
    return "Environment.SetEnvironmentVariable(\"%s\", \"%s\");\nvar client = new ApiClient(Environment.GetEnvironmentVariable(\"%s\"));\n" % (r["env"], v, r["env"])

def st_ruby_fetch(r, v, g):
    return "# config/initializers/integrations.rb\nINTEGRATION_KEY = ENV.fetch(\"%s\", \"%s\")\n" % (r["env"], v)

def st_php_putenv(r, v, g):
    return "<?php\n// bootstrap/local.php\nputenv('%s=%s');\n$client = new Client(getenv('%s'));\n" % (r["env"], v, r["env"])

def st_gradle_kts(r, v, g):
    return "android {\n    defaultConfig {\n        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n    }\n}\n" % (r["env"], v)

def st_cmake(r, v, g):
    return "set(%s \"%s\" CACHE STRING \"%s credential for integration tests\")\nadd_compile_definitions(%s=\"${%s}\")\n" % (r["env"], v, r["vendor"], r["env"], r["env"])

def st_makefile(r, v, g):
    return "export %s := %s\n\ndeploy:\n\t./scripts/deploy.sh --env prod\n" % (r["env"], v)

def st_curlrc(r, v, g):
    return "# ~/.config/curlrc-%s\nsilent\nshow-error\nheader = \"%s: %s\"\nurl = \"https://%s/\"\n" % (r["vendor"].split()[0].lower().strip("(.)"), r["header"], hv(r, v), r["host"])

def st_wget(r, v, g):
    return "wget -q -O status.json --header=\"%s: %s\" https://%s/v1/status\n" % (r["header"], hv(r, v), r["host"])

def st_ps_webclient(r, v, g):
    return "$wc = New-Object System.Net.WebClient\n$wc.Headers.Add(\"%s\", \"%s\")\n$wc.DownloadString(\"https://%s/v1/status\")\n" % (r["header"], hv(r, v), r["host"])

def st_axios(r, v, g):
    return "export const api = axios.create({\n  baseURL: 'https://%s',\n  headers: { '%s': '%s' },\n});\n" % (r["host"], r["header"], hv(r, v))

def st_apache(r, v, g):
    return "<Location \"/upstream/\">\n    ProxyPass \"https://%s/\"\n    RequestHeader set \"%s\" \"%s\"\n</Location>\n" % (r["host"], r["header"], hv(r, v))

def st_envoy(r, v, g):
    return "routes:\n- match: { prefix: \"/vendor\" }\n  route: { cluster: vendor_upstream, host_rewrite_literal: %s }\n  request_headers_to_add:\n  - header:\n      key: \"%s\"\n      value: \"%s\"\n    append_action: OVERWRITE_IF_EXISTS_OR_ADD\n" % (r["host"], r["header"], hv(r, v))

def st_traefik(r, v, g):
    return "http:\n  middlewares:\n    vendor-auth:\n      headers:\n        customRequestHeaders:\n          %s: \"%s\"\n" % (r["header"], hv(r, v))

def st_kong(r, v, g):
    return "plugins:\n- name: request-transformer\n  service: vendor-api\n  config:\n    add:\n      headers:\n      - \"%s:%s\"\n" % (r["header"], hv(r, v))

def st_varnish(r, v, g):
    return "sub vcl_backend_fetch {\n    if (bereq.backend == vendor) {\n        set bereq.http.%s = \"%s\";\n    }\n}\n" % (r["header"], hv(r, v))

def st_istio(r, v, g):
    return "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: { name: vendor-egress }\nspec:\n  hosts: [\"%s\"]\n  http:\n  - headers:\n      request:\n        set:\n          %s: \"%s\"\n    route:\n    - destination: { host: %s }\n" % (r["host"], r["header"], hv(r, v), r["host"])

ENV_STYLES = {"nushell_env_nu_assignment": st_nushell, "kamal_secrets_dotenv": st_kamal, "fly_secrets_import_heredoc": st_fly_import,
              "heroku_config_set_cmd": st_heroku, "wrangler_secret_put_pipe": st_wrangler, "vercel_env_add_pipe": st_vercel,
              "netlify_env_set_cmd": st_netlify, "aws_ssm_put_parameter_securestring": st_ssm, "gcloud_secrets_create_stdin": st_gcloud_secret,
              "az_keyvault_secret_set_cmd": st_keyvault, "kubectl_create_secret_generic_literal": st_k8s_generic,
              "python_os_environ_setdefault": st_py_setdefault, "node_process_env_nullish_assign": st_node_nullish,
              "go_os_setenv_init": st_go_setenv, "java_system_setproperty_main": st_java_prop, "csharp_environment_setvariable": st_cs_setvar,
              "ruby_env_fetch_default": st_ruby_fetch, "php_putenv_bootstrap": st_php_putenv, "gradle_kts_buildconfigfield": st_gradle_kts,
              "cmake_cache_string_var": st_cmake, "makefile_export_assignment": st_makefile}
HDR_STYLES = {"curlrc_config_header": st_curlrc, "wget_header_flag": st_wget, "powershell_webclient_headers_add": st_ps_webclient,
              "axios_create_default_headers": st_axios, "apache_mod_headers_requestheader": st_apache, "envoy_request_headers_to_add": st_envoy,
              "traefik_custom_request_headers": st_traefik, "kong_request_transformer_plugin": st_kong, "varnish_vcl_bereq_header": st_varnish,
              "istio_virtualservice_header_set": st_istio}


def build():
    rng = random.Random(SEED)
    recs, checks = [], []
    use = {k: 0 for k in list(ENV_STYLES) + list(HDR_STYLES)}
    for r in rows():
        val = make_value(r, rng)
        signing = "secret" in r["header"].lower() or "sign" in r["header"].lower()
        pool = sorted([k for k in use if not (signing and k in HDR_STYLES)], key=lambda k: (use[k], k))
        least = [k for k in pool if use[k] == use[pool[0]]]
        style = rng.choice(least); use[style] += 1
        fn = ENV_STYLES.get(style) or HDR_STYLES[style]
        text, spans = render(fn(r, mk(val, r["type"]), rng))
        kind = r["type"] + "_" + style
        recs.append(dict(container=kind, text=text, secrets=spans, source=SRC % "gen_vendor, basis=" + r["basis"], _style=style))
        if r["spec"] in ("@gho", "@ghu", "@ghr"):
            checks.append(("github_crc32_base62", val))
        if r["spec"] == "@glsa":
            checks.append(("grafana_glsa_crc32", val))
    # key files
    seed1 = bytes(rng.getrandbits(8) for _ in range(32))
    k1 = gen_crypto.ed25519_pkcs8_pem(seed1)
    t = ("$ cat deploy/signing/release-signer.pem\n%s\n$ openssl pkey -in deploy/signing/release-signer.pem -pubout\n" % mk(k1, "ed25519_pkcs8_private_key"))
    text, spans = render(t)
    recs.append(dict(container="ed25519_pkcs8_private_key_release_signing_cat_output", text=text, secrets=spans, source=SRC % "gen_vendor, key file"))
    checks.append(("ed25519_pkcs8", k1))
    seed2 = bytes(rng.getrandbits(8) for _ in range(32))
    k2, pub2 = gen_crypto.openssh_ed25519(seed2, "deploy@ci-runner-07", rng.getrandbits(32))
    t = ("Hi team, the new deploy key for the staging bastion is below, please add it to the runner's secret store:\n\n```\n%s\n```\n\npublic half (already in authorized_keys):\n%s\n" % (mk(k2, "openssh_ed25519_private_key"), pub2))
    text, spans = render(t)
    recs.append(dict(container="openssh_ed25519_private_key_jira_comment_code_block", text=text, secrets=spans, source=SRC % "gen_vendor, key file"))
    checks.append(("openssh_ed25519", k2))
    return recs, checks
