"""New-type part: one record per new vendor type (gen_new_types.V), each in a container style of a
real tool (config formats, HTTP clients in many languages). Container kind = <vendor>_<style>."""
import random, re
from common import render, rs, hexs, uuid4, ALNUM, UPPER_ALNUM, LOWER_ALNUM
from gen_new_types import V, needs_quotes

SEED = 17002

# unlabelled public neighbours (key ids, account ids) shown next to some secrets
NB = {
    'modal_token_secret': ('MODAL_TOKEN_ID', lambda r: 'ak-' + rs(r, ALNUM, 22)),
    'exoscale_api_secret': ('EXOSCALE_API_KEY', lambda r: 'EXO' + hexs(r, 24)),
    'woocommerce_consumer_secret': ('WC_CONSUMER_KEY', lambda r: 'ck_' + hexs(r, 40)),
    'clearml_api_secret_key': ('CLEARML_API_ACCESS_KEY', lambda r: rs(r, UPPER_ALNUM, 20)),
    'pubnub_secret_key': ('PUBNUB_PUBLISH_KEY', lambda r: 'pub-c-' + uuid4(r)),
    'coinbase_cdp_api_secret': ('CDP_API_KEY_ID', lambda r: uuid4(r)),
    'paymongo_secret_key': ('PAYMONGO_PUBLIC_KEY', lambda r: 'pk_live_' + rs(r, ALNUM, 24)),
    'culqi_secret_key': ('CULQI_PUBLIC_KEY', lambda r: 'pk_live_' + rs(r, ALNUM, 16)),
    'kinde_m2m_client_secret': ('KINDE_CLIENT_ID', lambda r: hexs(r, 32)),
    'cognito_app_client_secret': ('COGNITO_CLIENT_ID', lambda r: rs(r, LOWER_ALNUM, 26)),
    'zulip_bot_api_key': ('ZULIP_EMAIL', lambda r: 'deploy-bot@chat.internal'),
    'bandwidth_api_password': ('BANDWIDTH_USERNAME', lambda r: 'api-' + rs(r, LOWER_ALNUM, 8)),
    'upcloud_api_password': ('UPCLOUD_USERNAME', lambda r: 'api-' + rs(r, LOWER_ALNUM, 6)),
    'amplitude_secret_key': ('AMPLITUDE_API_KEY', lambda r: hexs(r, 32)),
    'getstream_api_secret': ('STREAM_API_KEY', lambda r: rs(r, LOWER_ALNUM, 12)),
    'lemonway_api_password': ('LEMONWAY_API_LOGIN', lambda r: 'society'),
    'databend_cloud_password': ('DATABEND_USER', lambda r: 'cloudapp'),
    'spacelift_api_key_secret': ('SPACELIFT_API_KEY_ID', lambda r: rs(r, UPPER_ALNUM, 26)),
    'env0_api_key_secret': ('ENV0_API_KEY', lambda r: rs(r, LOWER_ALNUM, 16)),
    'privy_app_secret': ('PRIVY_APP_ID', lambda r: 'cl' + rs(r, LOWER_ALNUM, 23)),
    'supabase_secret_api_key': ('SUPABASE_PUBLISHABLE_KEY', lambda r: 'sb_publishable_' + rs(r, ALNUM, 22) + '_' + rs(r, ALNUM, 8)),
    'xendit_secret_key': ('XENDIT_PUBLIC_KEY', lambda r: 'xnd_public_production_' + rs(r, ALNUM, 40)),
}
CFG_ONLY = {'basic'}


def slug(disp):
    s = re.sub(r'[^a-z0-9]+', '_', disp.lower()).strip('_')
    return s


def var(env):
    return env.lower()


def q(v, quote='"'):
    return quote + v + quote


# ---------------- config styles (ctx: env, key, nb) ----------------
def nb_lines(ctx, fmt):
    return ''.join(fmt % (n, v) + '\n' for n, v in ctx['nb'])


def st_mise_toml(c):
    return '[tools]\nnode = "22"\npython = "3.12"\n\n[env]\n_.file = ".env.local"\n' + nb_lines(c, '%s = "%s"') + c['env'] + ' = "«S»"\nLOG_LEVEL = "debug"\n'


def st_justfile(c):
    return 'set dotenv-load\n\n' + nb_lines(c, 'export %s := "%s"') + 'export ' + c['env'] + ' := "«S»"\n\ndeploy:\n    ./scripts/deploy.sh {{invocation_directory()}}\n'


def st_taskfile(c):
    return "version: '3'\n\nenv:\n" + nb_lines(c, "  %s: '%s'") + "  " + c['env'] + ": '«S»'\n\ntasks:\n  sync:\n    cmds:\n      - go run ./cmd/sync --since 24h\n"


def st_fish_variables(c):
    return '# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR --export EDITOR:nvim\n' + nb_lines(c, 'SETUVAR --export %s:%s') + 'SETUVAR --export ' + c['env'] + ':«S»\nSETUVAR fish_greeting:\\x1d\n'


def st_sops_decrypted(c):
    return '$ sops -d secrets/prod.enc.yaml\n' + nb_lines(c, '%s: %s') + c['key'] + ': «S»\nfeature_flags:\n  new_billing: true\n'


def st_jetbrains_private_env(c):
    return '// http-client.private.env.json\n{\n  "prod": {\n    "host": "https://«H»",\n' + nb_lines(c, '    "%s": "%s",') + '    "' + c['key'] + '": "«S»"\n  }\n}\n'


def st_bruno_env(c):
    return 'vars {\n  baseUrl: https://«H»\n' + nb_lines(c, '  %s: %s') + '  ' + c['key'] + ': «S»\n}\nvars:secret [\n  sessionCookie\n]\n'


def st_streamlit_secrets(c):
    return '# .streamlit/secrets.toml\n[' + c['slug'] + ']\n' + nb_lines(c, '%s = "%s"') + 'api_key = "«S»"\n\n[connections.warehouse]\ntype = "sql"\nurl = "duckdb:///data/local.duckdb"\n'


def st_edn(c):
    return '{:app/port 8080\n :' + c['slug'] + '/api-key "«S»"\n :' + c['slug'] + '/base-url "https://«H»"\n :app/log-level :info}\n'


def st_cue(c):
    return 'package config\n\n' + c['slug'] + ': {\n\tbaseURL: "https://«H»"\n\tapiKey:  "«S»"\n\ttimeout: "30s"\n}\n'


def st_pkl(c):
    return 'module config.Prod\n\nbaseUrl = "https://«H»"\napiKey = "«S»"\nretries = 3\n'


def st_dhall(c):
    return 'let Config = ./Config.dhall\n\nin  Config::{ baseUrl = "https://«H»"\n              , apiKey = "«S»"\n              , retries = 3\n              }\n'


def st_jsonnet(c):
    return "local apiKey = '«S»';\n\n{\n  " + c['slug'] + ": {\n    endpoint: 'https://«H»',\n    headers: { Authorization: 'Bearer ' + apiKey },\n  },\n}\n"


def st_reg_export(c):
    return 'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Environment]\n"Path"=hex(2):25,00,55,00,53,00,45,00,52,00,00,00\n' + nb_lines(c, '"%s"="%s"') + '"' + c['env'] + '"="«S»"\n'


def st_bazelrc(c):
    return 'build --incompatible_strict_action_env\nbuild:ci --remote_cache=grpcs://cache.«domain»\n' + nb_lines(c, 'build:ci --action_env=%s=%s') + 'build:ci --action_env=' + c['env'] + '=«S»\ntest --test_output=errors\n'


def st_supervisord(c):
    return '[program:' + c['slug'] + '-worker]\ncommand=/srv/app/.venv/bin/python -m worker\ndirectory=/srv/app\nautostart=true\nautorestart=true\nenvironment=LANG="C.UTF-8",' + ''.join('%s="%s",' % nv for nv in c['nb']) + c['env'] + '="«S»"\nstdout_logfile=/var/log/worker.log\n'


def st_uwsgi(c):
    return '[uwsgi]\nmodule = app.wsgi:application\nmaster = true\nprocesses = 4\n' + nb_lines(c, 'env = %s=%s') + 'env = ' + c['env'] + '=«S»\nvacuum = true\n'


def st_tmux_conf(c):
    return "set -g mouse on\nset -g history-limit 50000\n" + nb_lines(c, "set-environment -g %s '%s'") + "set-environment -g " + c['env'] + " '«S»'\nbind r source-file ~/.tmux.conf\n"


def st_chezmoi(c):
    return '# ~/.config/chezmoi/chezmoi.toml\n[data]\n    email = "«email»"\n[data.' + c['slug'] + ']\n' + nb_lines(c, '    %s = "%s"') + '    apiKey = "«S»"\n'


def st_devbox(c):
    return '{\n  "packages": ["nodejs@20", "postgresql@16"],\n  "env": {\n' + nb_lines(c, '    "%s": "%s",') + '    "' + c['env'] + '": "«S»"\n  },\n  "shell": {"init_hook": ["echo ready"]}\n}\n'


def st_home_manager(c):
    return '{ config, pkgs, ... }:\n{\n  home.packages = [ pkgs.jq pkgs.httpie ];\n  home.sessionVariables = {\n    EDITOR = "nvim";\n' + nb_lines(c, '    %s = "%s";') + '    ' + c['env'] + ' = "«S»";\n  };\n}\n'


def st_xonshrc(c):
    return "# ~/.xonshrc\n$XONSH_SHOW_TRACEBACK = True\n" + nb_lines(c, "$%s = '%s'") + "$" + c['env'] + " = '«S»'\naliases['gs'] = 'git status'\n"


def st_elvish(c):
    return "# ~/.config/elvish/rc.elv\nuse str\n" + nb_lines(c, "set-env %s '%s'") + "set-env " + c['env'] + " '«S»'\nset paths = [~/bin $@paths]\n"


def st_cshrc(c):
    return "# ~/.cshrc\nset prompt = '%n@%m:%~%# '\nsetenv EDITOR vim\n" + nb_lines(c, "setenv %s '%s'") + "setenv " + c['env'] + " '«S»'\n"


def st_ruby_initializer(c):
    cls = ''.join(w.capitalize() for w in c['slug'].split('_'))
    return '# config/initializers/' + c['slug'] + '.rb\n' + cls + '.configure do |config|\n  config.api_key = "«S»"\n  config.base_url = "https://«H»"\n  config.timeout = 15\nend\n'


def st_lua_config(c):
    return '-- conf.d/' + c['slug'] + '.lua\nreturn {\n  endpoint = "https://«H»",\n  api_key = "«S»",\n  retries = 2,\n}\n'


def st_nim_const(c):
    return 'import std/[httpclient, json]\n\nconst\n  BaseUrl = "https://«H»"\n  ApiKey = "«S»"\n\nlet client = newHttpClient()\n'


def st_perl_config(c):
    return "package Config::Local;\nour %CFG = (\n    base_url => 'https://«H»',\n    api_key  => '«S»',\n    timeout  => 20,\n);\n1;\n"


CFG_STYLES = {
    'mise_toml_env': (st_mise_toml, True), 'justfile_export': (st_justfile, True), 'taskfile_yml_env': (st_taskfile, True),
    'fish_variables_setuvar': (st_fish_variables, False), 'sops_decrypted_yaml_stdout': (st_sops_decrypted, False),
    'jetbrains_http_client_private_env': (st_jetbrains_private_env, True), 'bruno_env_bru_file': (st_bruno_env, False),
    'streamlit_secrets_toml': (st_streamlit_secrets, True), 'clojure_edn_config': (st_edn, True), 'cue_config_struct': (st_cue, True),
    'pkl_module_property': (st_pkl, True), 'dhall_record_literal': (st_dhall, True), 'jsonnet_local_binding': (st_jsonnet, True),
    'windows_reg_environment_export': (st_reg_export, True), 'bazelrc_action_env': (st_bazelrc, False),
    'supervisord_program_environment': (st_supervisord, True), 'uwsgi_ini_env_option': (st_uwsgi, False),
    'tmux_conf_set_environment': (st_tmux_conf, True), 'chezmoi_config_data_toml': (st_chezmoi, True),
    'devbox_json_env': (st_devbox, True), 'home_manager_session_variables': (st_home_manager, True),
    'xonshrc_env_assignment': (st_xonshrc, True), 'elvish_rc_set_env': (st_elvish, True), 'tcsh_cshrc_setenv': (st_cshrc, True),
    'rails_initializer_configure_block': (st_ruby_initializer, True), 'lua_config_table': (st_lua_config, True),
    'nim_const_section': (st_nim_const, True), 'perl_config_package_hash': (st_perl_config, True),
}


# ---------------- HTTP client styles (auth-aware) ----------------
def hdr_pair(c):
    a = c['auth']
    if a == 'bearer':
        return 'Authorization', 'Bearer «S»'
    if a.startswith('scheme:'):
        return 'Authorization', a.split(':', 1)[1] + ' «S»'
    if a.startswith('prefix:'):
        return 'Authorization', a.split(':', 1)[1] + '«S»'
    if a.startswith('hdr:'):
        return a.split(':', 1)[1], '«S»'
    return None


def url(c, path='/v1/status'):
    a = c['auth']
    if a.startswith('query:'):
        return 'https://«H»%s?%s=«S»' % (path, a.split(':', 1)[1])
    return 'https://«H»' + path


def st_py_httpx(c):
    h = hdr_pair(c)
    hd = '    headers={"%s": "%s", "Accept": "application/json"},\n' % h if h else ''
    return 'import httpx\n\nclient = httpx.Client(\n    base_url="https://«H»",\n' + hd + '    timeout=httpx.Timeout(20.0),\n)\n\nresp = client.get("' + url(c).replace('https://«H»', '') + '")\nresp.raise_for_status()\nprint(resp.json())\n'


def st_go_http(c):
    h = hdr_pair(c)
    hl = '\treq.Header.Set("%s", "%s")\n' % h if h else ''
    return 'func fetchStatus(ctx context.Context) (*http.Response, error) {\n\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "' + url(c) + '", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n' + hl + '\treq.Header.Set("User-Agent", "«app»/«ver»")\n\treturn http.DefaultClient.Do(req)\n}\n'


def st_csharp_httpclient(c):
    h = hdr_pair(c)
    hl = '_http.DefaultRequestHeaders.Add("%s", "%s");\n' % h if h else ''
    return 'private static readonly HttpClient _http = new() { BaseAddress = new Uri("https://«H»/") };\n\nstatic Client()\n{\n    ' + hl + '    _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));\n}\n\nvar status = await _http.GetStringAsync("' + url(c).replace('https://«H»/', '') + '");\n'


def st_php_guzzle(c):
    h = hdr_pair(c)
    hl = "        '%s' => '%s',\n" % h if h else ''
    return "<?php\n$client = new \\GuzzleHttp\\Client([\n    'base_uri' => 'https://«H»/',\n    'timeout'  => 10,\n    'headers'  => [\n" + hl + "        'Accept' => 'application/json',\n    ],\n]);\n$res = $client->get('" + url(c).replace('https://«H»/', '') + "');\n"


def st_node_fetch(c):
    h = hdr_pair(c)
    hl = "    '%s': '%s',\n" % h if h else ''
    return "export async function getStatus() {\n  const res = await fetch('" + url(c) + "', {\n  headers: {\n" + hl + "    'Accept': 'application/json',\n  },\n  });\n  if (!res.ok) throw new Error(`status ${res.status}`);\n  return res.json();\n}\n"


def st_kotlin_okhttp(c):
    h = hdr_pair(c)
    hl = '    .addHeader("%s", "%s")\n' % h if h else ''
    return 'val request = Request.Builder()\n    .url("' + url(c) + '")\n' + hl + '    .get()\n    .build()\nclient.newCall(request).execute().use { resp -> println(resp.code) }\n'


def st_swift_urlrequest(c):
    h = hdr_pair(c)
    hl = 'request.setValue("%s", forHTTPHeaderField: "%s")\n' % (h[1], h[0]) if h else ''
    return 'var request = URLRequest(url: URL(string: "' + url(c) + '")!)\nrequest.httpMethod = "GET"\n' + hl + 'let (data, _) = try await URLSession.shared.data(for: request)\n'


def st_ps_irm(c):
    h = hdr_pair(c)
    hl = "$headers = @{ '%s' = '%s' }\n" % h if h else '$headers = @{}\n'
    return hl + "$resp = Invoke-RestMethod -Uri '" + url(c) + "' -Headers $headers -Method Get\n$resp | ConvertTo-Json -Depth 4\n"


def st_httpie_session(c):
    h = hdr_pair(c)
    if not h:
        return None
    return '{\n    "__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.2"},\n    "auth": {"password": null, "type": null, "username": null},\n    "cookies": [],\n    "headers": [\n        {"name": "%s", "value": "%s"},\n        {"name": "User-Agent", "value": "HTTPie/3.2.2"}\n    ]\n}\n' % h


def st_hoppscotch_env(c):
    return '[\n  {\n    "name": "production",\n    "variables": [\n      {"key": "baseUrl", "value": "https://«H»"},\n      {"key": "' + c['key'] + '", "value": "«S»"}\n    ]\n  }\n]\n'


def st_ruby_faraday(c):
    h = hdr_pair(c)
    hl = "  f.headers['%s'] = '%s'\n" % h if h else ''
    return "conn = Faraday.new(url: 'https://«H»') do |f|\n" + hl + "  f.request :json\n  f.response :raise_error\nend\nputs conn.get('" + url(c).replace('https://«H»', '') + "').body\n"


def st_rust_reqwest(c):
    h = hdr_pair(c)
    hl = '        .header("%s", "%s")\n' % h if h else ''
    return 'let resp = reqwest::Client::new()\n        .get("' + url(c) + '")\n' + hl + '        .send()\n        .await?\n        .error_for_status()?;\n'


def st_elixir_req(c):
    h = hdr_pair(c)
    hl = ', headers: [{"%s", "%s"}]' % h if h else ''
    return 'resp = Req.get!("' + url(c) + '"' + hl + ', retry: :transient)\nIO.inspect(resp.status)\n'


def st_r_httr2(c):
    h = hdr_pair(c)
    hl = '  req_headers(`%s` = "%s") |>\n' % h if h else ''
    return 'library(httr2)\nresp <- request("' + url(c) + '") |>\n' + hl + '  req_retry(max_tries = 3) |>\n  req_perform()\nresp_body_json(resp)\n'


def st_xh_cli(c):
    h = hdr_pair(c)
    if h:
        return "$ xh GET '" + url(c) + "' '" + h[0] + ':' + h[1] + "'\nHTTP/2.0 200 OK\ncontent-type: application/json\nx-request-id: «reqid»\n\n{\n    \"status\": \"ok\"\n}\n"
    return "$ xh GET '" + url(c) + "'\nHTTP/2.0 200 OK\ncontent-type: application/json\n\n{\n    \"status\": \"ok\"\n}\n"


def st_java_httpclient(c):
    h = hdr_pair(c)
    hl = '        .header("%s", "%s")\n' % h if h else ''
    return 'HttpRequest request = HttpRequest.newBuilder()\n        .uri(URI.create("' + url(c) + '"))\n' + hl + '        .timeout(Duration.ofSeconds(15))\n        .GET()\n        .build();\nHttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());\n'


HTTP_STYLES = {
    'python_httpx_client': st_py_httpx, 'go_net_http_request': st_go_http, 'csharp_httpclient_default_headers': st_csharp_httpclient,
    'php_guzzle_client_options': st_php_guzzle, 'node_fetch_esm_module': st_node_fetch, 'kotlin_okhttp_request_builder': st_kotlin_okhttp,
    'swift_urlrequest_setvalue': st_swift_urlrequest, 'powershell_invoke_restmethod_headers': st_ps_irm,
    'httpie_session_json': st_httpie_session, 'hoppscotch_environment_json': st_hoppscotch_env, 'ruby_faraday_connection': st_ruby_faraday,
    'rust_reqwest_builder': st_rust_reqwest, 'elixir_req_get': st_elixir_req, 'r_httr2_request': st_r_httr2,
    'xh_cli_request': st_xh_cli, 'java_httpclient_builder': st_java_httpclient,
}


def build():
    rng = random.Random(SEED)
    use = {}
    recs = []
    for t in sorted(V):
        disp, env, host, auth, gen, shape = V[t]
        val = gen(rng)
        nq = needs_quotes(val)
        ctx = {'env': env, 'key': var(env), 'slug': slug(disp).split('_')[0] if len(slug(disp)) > 14 else slug(disp),
               'auth': auth, 'nb': []}
        if t in NB:
            ctx['nb'].append((NB[t][0], NB[t][1](rng)))
        cands = []
        for name, (fn, quoted) in CFG_STYLES.items():
            if nq and not quoted:
                continue
            cands.append(name)
        if auth not in CFG_ONLY and not (auth.startswith('query:') and nq):
            cands += list(HTTP_STYLES)
        cands.sort(key=lambda s: (use.get(s, 0), rng.random()))
        for style in cands:
            fn = CFG_STYLES[style][0] if style in CFG_STYLES else HTTP_STYLES[style]
            tpl = fn(ctx)
            if tpl is not None:
                break
        use[style] = use.get(style, 0) + 1
        tpl = tpl.replace('«H»', host)
        text, spans = render(tpl, rng, {'S': (val, t, None)})
        recs.append({'type': t, 'container': slug(disp) + '_' + style, 'text': text, 'secrets': spans,
                     'source': 'gen_new', '_shape': shape})
    return recs


if __name__ == '__main__':
    r = build()
    print(len(r))
    for x in r[::25]:
        print(x['container']); print(x['text']); print(x['secrets']); print('---')


# ---------------- key-file records (structured, verified in build.py) ----------------
def build_keys():
    import gen_crypto, json as _json
    rng = random.Random(SEED + 1)
    recs = []
    txt, seed, pub = gen_crypto.ppk3_ed25519(rng, 'ed25519-key-20250611')
    tpl = 'PS C:\\Users\\«user»\\.ssh> Get-Content .\\deploy-«app».ppk\n«S»\nPS C:\\Users\\«user»\\.ssh> pageant.exe .\\deploy-«app».ppk\n'
    text, spans = render(tpl, rng, {'S': (txt, 'putty_ppk_v3_private_key', None)})
    recs.append({'type': 'putty_ppk_v3_private_key', 'container': 'powershell_get_content_ppk3_file', 'text': text, 'secrets': spans, 'source': 'gen_new', '_shape': 'struct'})
    pem, d, P = gen_crypto.ec_sec1_pem(rng, 'secp256k1')
    tpl = '$ ls -l signer/\n-rw------- 1 «user» «user»  223 Jun 11 09:12 hot-wallet.pem\n$ cat signer/hot-wallet.pem\n«S»\n$ node sign.js --key signer/hot-wallet.pem --chain-id 8453\n'
    text, spans = render(tpl, rng, {'S': (pem, 'secp256k1_sec1_private_key', None)})
    recs.append({'type': 'secp256k1_sec1_private_key', 'container': 'hot_wallet_signer_pem_cat', 'text': text, 'secrets': spans, 'source': 'gen_new', '_shape': 'struct'})
    pem, d, P = gen_crypto.ec_sec1_pem(rng, 'P-256')
    esc = pem.replace('\n', '\\n')
    tpl = '{\n   "name": "organizations/«uuid»/apiKeys/«uuid2»",\n   "privateKey": "«S»\\n"\n}\n'
    text, spans = render(tpl, rng, {'S': (esc, 'coinbase_cdp_ec_private_key', pem)})
    recs.append({'type': 'coinbase_cdp_ec_private_key', 'container': 'coinbase_cdp_api_key_json_file', 'text': text, 'secrets': spans, 'source': 'gen_new', '_shape': 'struct'})
    return recs
