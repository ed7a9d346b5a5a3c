"""Vendor credential types (vendor_table) in 25 new container styles."""
import base64, json, random
from common import (fill, mark, realize, subst, least_used_pairing, gh_token, jwt_like, b64json, bech32_encode,
                    pkcs8_okp, sec1_ec, OID_ED25519, OID_X25519, OID_P256, OID_P384, N_P256, N_P384, ruuid, rand)
from vendor_table import T

SEED = 24002

# name-only entries dropped to keep the part near 200 types (decided before generation)
DROP = {
    'akeyless_access_key', 'vault_unseal_key_b64', 'codeclimate_test_reporter_id', 'deepsource_dsn_secret', 'mend_user_key',
    'packagecloud_api_token', 'cocoapods_trunk_token', 'harbor_robot_secret', 'forgejo_access_token', 'surge_sh_token',
    'expo_access_token', 'appcenter_api_token', 'env0_api_key_secret', 'drone_ci_personal_token', 'leonardo_ai_api_key',
    'braintrust_api_key', 'looker_api_client_secret', 'hightouch_api_key', 'onelogin_api_client_secret', 'pingone_client_secret',
    'keycloak_confidential_client_secret', 'mandrill_api_key', 'tiktok_app_client_secret', 'battle_net_client_secret',
    'lastfm_shared_secret', 'tradier_access_token', 'bitstamp_api_secret', 'mexc_api_secret', 'upbit_secret_key',
    'blockcypher_api_token', 'ankr_rpc_api_key', 'helius_rpc_api_key', 'printful_private_token', 'fedex_api_secret_key',
    'tomtom_api_key', 'maptiler_api_key', 'geoapify_api_key', 'ipgeolocation_io_api_key', 'censys_api_secret',
    'hybrid_analysis_api_key', 'intelx_api_key', 'helpscout_app_secret', 'gorgias_api_key', 'crisp_plugin_token_key',
    'coda_api_token', 'cronitor_api_key', 'healthchecks_io_api_key', 'logz_io_shipping_token', 'instana_agent_key',
    'airbrake_project_key', 'uploadcare_secret_key', 'transloadit_auth_secret', 'wistia_api_token', 'wasabi_secret_key',
    'namecheap_api_key', 'name_com_api_token', 'dnsmadeeasy_secret_key', 'zerossl_access_key', 'duckdns_token',
}

ENV_STYLES = {
    # style: (template, multi-line capable)
    'ada_constant_string': ('package Vendor_Secrets is\n   §A§ : constant String := "§S§";\nend Vendor_Secrets;', False),
    'cobol_working_storage_value': ('       WORKING-STORAGE SECTION.\n       01 WS-§D§ PIC X(§L§) VALUE\n           "§S§".', False),
    'clojure_def_string': ('(ns app.secrets)\n\n(def §e§\n  "§S§")', True),
    'elixir_module_attribute': ('defmodule App.Secrets do\n  @§k§ "§S§"\n  def §k§, do: @§k§\nend', True),
    'dart_const_string': ("const String §c§ = '''§S§''';", True),
    'scala_val_string': ('object Secrets {\n  val §c§: String = """§S§"""\n}', True),
    'julia_env_dict_assign': ('# startup.jl\nENV["§K§"] = "§S§"', True),
    'matlab_setenv_call': ("% init_env.m\nsetenv('§K§', '§S§');\nclient = vendor.Client(getenv('§K§'));", False),
    'd_lang_enum_string': ('module secrets;\n\nenum string §c§ = "§S§";', False),
    'gleam_const_string': ('pub const §k§ = "§S§"', True),
    'systemd_unit_environment_line': ('[Service]\nEnvironment="§K§=§S§"\nExecStart=/usr/local/bin/worker\nRestart=on-failure', False),
    'bazelrc_action_env_flag': ('# .bazelrc\nbuild --action_env=§K§=§S§\ntest --test_output=errors', False),
    'maven_settings_property_xml': ('<settings>\n  <profiles>\n    <profile>\n      <id>ci</id>\n      <properties>\n        <§p§>§S§</§p§>\n      </properties>\n    </profile>\n  </profiles>\n</settings>', True),
    'cargo_config_env_table': ("# .cargo/config.toml\n[env]\n§K§ = '''§S§'''", True),
    'windows_setx_command': ('C:\\Users\\build> setx §K§ "§S§"\n\nSUCCESS: Specified value was saved.', False),
    'launchctl_setenv_command': ("$ launchctl setenv §K§ '§S§'\n$ launchctl getenv §K§ >/dev/null && echo set", False),
}
HEADER_STYLES = {
    'caddyfile_header_up_directive': 'proxy.example.net {\n\treverse_proxy https://§V§ {\n\t\theader_up §HN§ "§HP§§S§"\n\t}\n}',
    'nginx_proxy_set_header_line': 'location /vendor/ {\n    proxy_pass https://§V§/;\n    proxy_set_header §HN§ "§HP§§S§";\n}',
    'haproxy_http_request_set_header': 'backend vendor_api\n    http-request set-header §HN§ "§HP§§S§"\n    server s1 §V§:443 ssl verify required',
    'k6_http_params_headers': "import http from 'k6/http';\nconst params = { headers: { '§HN§': '§HP§§S§' } };\nexport default function () { http.get('https://§V§/v1/status', params); }",
    'jmeter_header_manager_xml': '<HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="vendor headers">\n  <collectionProp name="HeaderManager.headers">\n    <elementProp name="" elementType="Header">\n      <stringProp name="Header.name">§HN§</stringProp>\n      <stringProp name="Header.value">§HP§§S§</stringProp>\n    </elementProp>\n  </collectionProp>\n</HeaderManager>',
    'bruno_bru_headers_block': 'meta {\n  name: status\n  type: http\n}\n\nget {\n  url: https://§V§/v1/status\n}\n\nheaders {\n  §HN§: §HP§§S§\n}',
    'go_req_header_set_call': 'req, _ := http.NewRequest("GET", "https://§V§/v1/status", nil)\nreq.Header.Set("§HN§", "§HP§§S§")\nresp, err := client.Do(req)',
    'java_httpclient_builder_header': 'HttpRequest req = HttpRequest.newBuilder(URI.create("https://§V§/v1/status"))\n    .header("§HN§", "§HP§§S§")\n    .build();',
    'ruby_net_http_header_assign': 'req = Net::HTTP::Get.new(URI("https://§V§/v1/status"))\nreq["§HN§"] = "§HP§§S§"\nres = http.request(req)',
}
DOLLAR_UNSAFE = {'julia_env_dict_assign', 'dart_const_string'}


def _jwt(rng, alg, payload):
    return jwt_like(rng, {'alg': alg, 'typ': 'JWT'}, payload, 64 if alg in ('EdDSA', 'ES256') else 32)


def _iat(rng):
    return 1735689600 + rng.randint(0, 30000000)


def _b64nopad(obj):
    return b64json(obj).rstrip('=')


STRUCT = {
    'infisical': lambda r: 'st.%s.%s.%s' % (ruuid(r), rand(r, 'hex', 32), rand(r, 'hex', 32)),
    'bitwarden': lambda r: '0.%s.%s:%s==' % (ruuid(r), rand(r, 'an', 30), rand(r, 'b64', 22)),
    'op': lambda r: 'ops_' + _b64nopad({'signInAddress': 'my.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': rand(r, 'b64u', 22)}, 'email': rand(r, 'lan', 13) + '@1passwordserviceaccounts.com', 'srpX': rand(r, 'hex', 64), 'muk': {'alg': 'A256GCM', 'ext': False, 'k': rand(r, 'b64u', 43), 'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-%s-%s-%s-%s-%s-%s' % (rand(r, 'uan', 6), rand(r, 'uan', 6), rand(r, 'uan', 5), rand(r, 'uan', 5), rand(r, 'uan', 5), rand(r, 'uan', 5)), 'throttleSecret': {'seed': rand(r, 'hex', 64), 'uuid': rand(r, 'uan', 26)}, 'deviceUuid': rand(r, 'lan', 26)}),
    'k8s_sa': lambda r: _jwt(r, 'RS256', {'aud': ['https://kubernetes.default.svc'], 'exp': _iat(r) + 31536000, 'iat': _iat(r), 'iss': 'https://kubernetes.default.svc', 'kubernetes.io': {'namespace': 'ci', 'serviceaccount': {'name': 'deployer', 'uid': ruuid(r)}}, 'sub': 'system:serviceaccount:ci:deployer'}),
    'cf_tunnel': lambda r: b64json({'a': rand(r, 'hex', 32), 't': ruuid(r), 's': base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()}),
    'es_enroll': lambda r: b64json({'ver': '8.14.3', 'adr': ['10.0.%d.%d:9200' % (r.randint(0, 9), r.randint(2, 250))], 'fgr': rand(r, 'hex', 64), 'key': rand(r, 'b64u', 20) + ':' + rand(r, 'b64u', 22)}),
    'jfrog_ref': lambda r: base64.b64encode(('reftkn:01:%d:%s' % (1700000000 + r.randint(0, 99999999), rand(r, 'an', 32))).encode()).decode().rstrip('='),
    'ghs': lambda r: gh_token(r, 'ghs_'),
    'ghr': lambda r: gh_token(r, 'ghr_'),
    'n8n': lambda r: _jwt(r, 'HS256', {'sub': ruuid(r), 'iss': 'n8n', 'aud': 'public-api', 'iat': _iat(r)}),
    'argocd': lambda r: _jwt(r, 'HS256', {'iss': 'argocd', 'sub': 'ci-bot:apiKey', 'nbf': _iat(r), 'iat': _iat(r), 'jti': ruuid(r)}),
    'woodpecker': lambda r: _jwt(r, 'HS256', {'type': 'user', 'user-id': str(r.randint(1, 999))}),
    'bedrock': lambda r: 'ABSK' + base64.b64encode(('BedrockAPIKey-%s-at-%s:%s' % (rand(r, 'lan', 4), rand(r, 'dig', 12), rand(r, 'b64', 64))).encode()).decode(),
    'turso': lambda r: _jwt(r, 'EdDSA', {'a': 'rw', 'iat': _iat(r), 'id': ruuid(r)}),
    'convex': lambda r: 'prod:%s-%s-%d|%s' % (r.choice(['happy', 'brave', 'quiet', 'amber']), r.choice(['otter', 'falcon', 'maple', 'cactus']), r.randint(100, 999), _b64nopad({'v2': rand(r, 'hex', 64)})),
    'motherduck': lambda r: _jwt(r, 'HS256', {'session': rand(r, 'lan', 12) + '.example.com', 'email': 'ci@example.com', 'userId': ruuid(r), 'iat': _iat(r), 'iss': 'md_pat'}),
    'tmdb': lambda r: jwt_like(r, {'alg': 'HS256'}, {'aud': rand(r, 'hex', 32), 'nbf': _iat(r), 'sub': rand(r, 'hex', 24), 'scopes': ['api_read'], 'version': 1}),
    'pinata': lambda r: _jwt(r, 'HS256', {'userInformation': {'id': ruuid(r), 'email': 'dev@example.com', 'email_verified': True}, 'authenticationType': 'scopedKey', 'scopedKeyKey': rand(r, 'hex', 20), 'scopedKeySecret': rand(r, 'hex', 64), 'iat': _iat(r)}),
    'calendly': lambda r: jwt_like(r, {'kid': rand(r, 'hex', 8), 'typ': 'PAT', 'alg': 'ES512'}, {'iss': 'https://auth.calendly.com', 'iat': _iat(r), 'jti': ruuid(r), 'user_uuid': ruuid(r)}, 66),
    'wrike': lambda r: jwt_like(r, {'tt': 'p', 'alg': 'HS256', 'tv': '1'}, {'d': json.dumps({'a': r.randint(1000000, 9999999), 'i': r.randint(1000000, 9999999), 'c': r.randint(1000000, 9999999), 'u': r.randint(1000000, 9999999), 'r': 'US', 's': ['W', 'F', 'I', 'U'], 'z': [], 't': 0}, separators=(',', ':')), 'iat': _iat(r)}),
    'nsec': lambda r: bech32_encode('nsec', bytes(r.getrandbits(8) for _ in range(32))),
    'age': lambda r: bech32_encode('age-secret-key-', bytes(r.getrandbits(8) for _ in range(32))).upper(),
    'pem_ed25519': lambda r: pkcs8_okp(r, OID_ED25519),
    'pem_x25519': lambda r: pkcs8_okp(r, OID_X25519),
    'pem_p256': lambda r: sec1_ec(r, OID_P256, N_P256, 32),
    'pem_p384': lambda r: sec1_ec(r, OID_P384, N_P384, 48),
    'wg': lambda r: base64.b64encode(bytes([r.getrandbits(8) & 248] + [r.getrandbits(8) for _ in range(30)] + [(r.getrandbits(8) & 127) | 64])).decode(),
    'glc': lambda r: 'glc_' + b64json({'o': str(r.randint(100000, 999999)), 'n': 'stack-%d-hm-write-ci' % r.randint(100000, 999999), 'k': rand(r, 'an', 24), 'm': {'r': r.choice(['us', 'eu', 'prod-ap-southeast-0'])}}),
    'grafana_legacy': lambda r: b64json({'k': rand(r, 'an', 32), 'n': 'ci-%d' % r.randint(1, 99), 'id': r.randint(1, 40)}),
    'sntrys': lambda r: 'sntrys_' + b64json({'iat': _iat(r) + 0.5, 'url': 'https://sentry.io', 'region_url': 'https://us.sentry.io', 'org': r.choice(['acme', 'globex', 'initech'])}).rstrip('=') + '_' + rand(r, 'b64', 43),
}


def value_for(rng, spec):
    if spec.startswith('@'):
        return STRUCT[spec[1:]](rng)
    return fill(rng, spec)


def _camel(var):
    parts = var.lower().split('_')
    return parts[0] + ''.join(p.capitalize() for p in parts[1:])


def build():
    rng = random.Random(SEED)
    rows = [t for t in T if t[0] not in DROP]
    names = [t[0] for t in rows]
    info = {t[0]: t for t in rows}
    multi = {t[0] for t in rows if t[2] in ('@pem_ed25519', '@pem_x25519', '@pem_p256', '@pem_p384')}
    dollar = {t[0] for t in rows if '$' in t[2]}

    def slots(name):
        env = [s for s, (tpl, ml) in sorted(ENV_STYLES.items()) if (ml or name not in multi) and not (name in dollar and s in DOLLAR_UNSAFE)]
        if info[name][3] is None:
            return env
        return env + sorted(HEADER_STYLES)
    pairing = least_used_pairing(rng, names, slots)
    recs = []
    for name in names:
        typ, var, spec, hdr = info[name]
        style = pairing[name]
        val = value_for(rng, spec)
        vendor_host = 'api.%s.example' % name.split('_')[0]
        if style in HEADER_STYLES:
            hn, _, hp = hdr.partition(': ')
            marked = subst(HEADER_STYLES[style], {'HN': hn, 'HP': hp, 'S': mark(typ, val), 'V': vendor_host})
        else:
            tpl = ENV_STYLES[style][0]
            marked = subst(tpl, {'K': var, 'k': var.lower(), 'c': _camel(var), 'e': var.lower().replace('_', '-'),
                                 'A': '_'.join(p.capitalize() for p in var.lower().split('_')),
                                 'D': var.upper().replace('_', '-'), 'L': str(len(val)), 'p': var.lower().replace('_', '.'),
                                 'S': mark(typ, val)})
        text, spans = realize(marked)
        recs.append({'type': typ, 'container': '%s__%s' % (typ, style), 'text': text, 'secrets': spans, 'source': 'vendor',
                     '_spec': spec})
    return recs
