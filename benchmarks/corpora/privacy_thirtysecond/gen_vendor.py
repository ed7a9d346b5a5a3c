"""Vendor part: one record per vendor type, in 20 new developer-ecosystem styles."""
import random
from common import shape, gh_token, uuid4, jwt_like, render
from vendor_table import V

SEED = 32002

ENV_STYLES = {
    "github_actions_job_env_map": "jobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    env:\n      {VAR}: {SEC}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/release.sh\n",
    "gitlab_ci_yml_variables_block": "stages: [build, release]\nvariables:\n  GIT_DEPTH: \"10\"\n  {VAR}: \"{SEC}\"\nrelease:\n  stage: release\n  script: make publish\n",
    "bitbucket_pipelines_step_script_export": "pipelines:\n  branches:\n    main:\n      - step:\n          name: Publish\n          script:\n            - export {VAR}={SEC}\n            - ./publish.sh\n",
    "terraform_provider_block_argument": "provider \"{PROV}\" {\n  {LVAR} = \"{SEC}\"\n}\n\nterraform {\n  required_version = \">= 1.6\"\n}\n",
    "pulumi_stack_yaml_plain_config": "config:\n  aws:region: eu-central-1\n  infra:{LCVAR}: {SEC}\n  infra:replicas: \"3\"\n",
    "spring_application_yml_property": "spring:\n  application:\n    name: catalog\nintegrations:\n  {DVAR}: {SEC}\nserver:\n  port: 8443\n",
    "rails_credentials_decrypted_yml": "# bin/rails credentials:edit (decrypted view)\nsecret_key_base_rotation: false\n{LVAR}: {SEC}\naws:\n  region: eu-west-1\n",
    "nextjs_env_local_file": "# .env.local\nNEXT_PUBLIC_SITE_URL=http://localhost:3000\n{VAR}={SEC}\n",
    "xcode_xcconfig_build_setting": "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.example.orders\nSWIFT_VERSION = 5.0\n{VAR} = {SEC}\n",
    "gradle_properties_project_entry": "org.gradle.jvmargs=-Xmx4g\nandroid.useAndroidX=true\n{LCVAR}={SEC}\n",
}
HDR_STYLES = {
    "vscode_rest_client_http_file": "### list items\nGET https://{HOST}/v1/items HTTP/1.1\nAccept: application/json\n{HNAME}: {SCHEME}{SEC}\n",
    "hurl_entry_header_line": "GET https://{HOST}/v1/health\n{HNAME}: {SCHEME}{SEC}\nHTTP 200\n[Asserts]\njsonpath \"$.status\" == \"ok\"\n",
    "k6_http_params_headers_object": "import http from 'k6/http';\n\nexport default function () {\n  const params = { headers: { '{HNAME}': '{SCHEME}{SEC}' } };\n  http.get('https://{HOST}/v1/health', params);\n}\n",
    "retrofit_headers_annotation": "interface StatusApi {\n    @Headers(\"{HNAME}: {SCHEME}{SEC}\")\n    @GET(\"v1/status\")\n    suspend fun status(): StatusResponse\n}\n",
    "ktor_client_default_request_header": "val client = HttpClient(CIO) {\n    defaultRequest {\n        url(\"https://{HOST}/\")\n        header(\"{HNAME}\", \"{SCHEME}{SEC}\")\n    }\n}\n",
    "urlsession_setvalue_forhttpheaderfield": "var request = URLRequest(url: URL(string: \"https://{HOST}/v1/status\")!)\nrequest.setValue(\"{SCHEME}{SEC}\", forHTTPHeaderField: \"{HNAME}\")\nlet (data, _) = try await URLSession.shared.data(for: request)\n",
    "nginx_proxy_set_header_directive": "location /upstream/ {\n    proxy_pass https://{HOST}/;\n    proxy_set_header {HNAME} \"{SCHEME}{SEC}\";\n    proxy_ssl_server_name on;\n}\n",
    "traefik_headers_custom_request_headers": "http:\n  middlewares:\n    vendor-auth:\n      headers:\n        customRequestHeaders:\n          {HNAME}: \"{SCHEME}{SEC}\"\n",
    "go_net_http_header_set_call": "req, _ := http.NewRequest(http.MethodGet, \"https://{HOST}/v1/status\", nil)\nreq.Header.Set(\"{HNAME}\", \"{SCHEME}{SEC}\")\nresp, err := http.DefaultClient.Do(req)\n",
    "ruby_net_http_request_header_index": "uri = URI(\"https://{HOST}/v1/status\")\nreq = Net::HTTP::Get.new(uri)\nreq[\"{HNAME}\"] = \"{SCHEME}{SEC}\"\nres = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }\n",
}


def make_value(rng, t, parts):
    out = []
    for p in parts:
        if p == "UUID":
            out.append(uuid4(rng))
        elif isinstance(p, str) and p.startswith("GH:"):
            out.append(gh_token(rng, p[3:]))
        elif isinstance(p, str) and p.startswith("JWT:"):
            out.append(jwt_like(rng, {"iss": p[4:], "sub": "svc-" + shape(rng, [("L", 8)]), "iat": 1700000000 + rng.randint(0, 9999999)}))
        else:
            out.append(shape(rng, [p]))
    return "".join(out)


def _names(var):
    low = var.lower()
    parts = low.split("_")
    return {"VAR": var, "LVAR": low, "LCVAR": parts[0] + "".join(p.title() for p in parts[1:]), "DVAR": low.replace("_", "-")}


def build():
    rng = random.Random(SEED)
    env_names, hdr_names = sorted(ENV_STYLES), sorted(HDR_STYLES)
    recs, ei, hi, alt = [], 0, 0, 0
    for (t, var, hname, scheme, parts) in sorted(V):
        val = make_value(rng, t, parts)
        vendor = t.split("_")[0]
        mp = _names(var)
        mp.update({"SEC": val, "HOST": "api." + vendor + ".example", "PROV": vendor})
        use_hdr = hname is not None and alt % 2 == 0
        if hname is not None:
            alt += 1
        if use_hdr:
            style = hdr_names[hi % len(hdr_names)]; hi += 1
            mp.update({"HNAME": hname, "SCHEME": scheme})
            tmpl = HDR_STYLES[style]
        else:
            style = env_names[ei % len(env_names)]; ei += 1
            tmpl = ENV_STYLES[style]
        text, sp = render(tmpl, mp, {"SEC": t})
        recs.append({"type": t, "container": t + "__" + style, "text": text, "secrets": sp, "source": "vendor"})
    return recs, env_names, hdr_names
