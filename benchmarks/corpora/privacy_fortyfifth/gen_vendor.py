"""Vendor part: one record per telecom / network / infrastructure vendor credential type."""
import random, base64, json
from common import *

SEED = 4502

h = lambda n: (lambda r: rs(r, HEX, n))
hu = lambda n: (lambda r: rs(r, HEXU, n))
a = lambda n: (lambda r: rs(r, ALNUM, n))
al = lambda n: (lambda r: rs(r, LOWER + DIG, n))
au = lambda n: (lambda r: rs(r, UPPER + DIG, n))
u64 = lambda n: (lambda r: rs(r, B64URL, n))
b64 = lambda n: (lambda r: rs(r, B64, n))
uu = lambda r: uuid4(r)
pre = lambda p, f: (lambda r: p + f(r))


def _wg(r):
    return rs(r, B64, 42) + rng_last(r) + '='


def rng_last(r):
    return r.choice('AEIMQUYcgkosw048')


def _cf_tunnel(r):
    o = {'a': rs(r, HEX, 32), 't': uuid4(r), 's': base64.b64encode(rs(r, ALNUM, 32).encode()).decode()}
    return base64.b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')


def _glc(r):
    o = {'o': str(r.randint(100000, 999999)), 'n': 'noc-%s-write' % rs(r, LOWER, 5), 'k': rs(r, ALNUM, 24),
         'm': {'r': 'prod-eu-west-2'}}
    return 'glc_' + base64.b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')


def _jwt_rc(r):
    return jwt_like(r, {'alg': 'RS256', 'typ': 'JWT', 'kid': rs(r, DIG, 2)},
                    {'aud': 'https://platform.ringcentral.com/restapi/oauth/token', 'sub': rs(r, DIG, 9),
                     'iss': 'https://platform.ringcentral.com', 'exp': 3900000000 + r.randint(0, 9999999),
                     'iat': 1735000000 + r.randint(0, 999999), 'jti': rs(r, B64URL, 22)})


def _pan(r):
    return 'LUFRPT' + rs(r, B64, 70) + '=='


def _tfc(r):
    return rs(r, ALNUM, 14) + '.atlasv1.' + rs(r, ALNUM, 67)


def _unity_pw(r):
    return rs(r, ALNUM, 22) + '-' + rs(r, ALNUM, 9)


VENDOR = [
 ('cloudflare_api_token', u64(40)), ('cloudflare_global_api_key', h(37)),
 ('cloudflare_origin_ca_key', lambda r: 'v1.0-' + rs(r, HEX, 24) + '-' + rs(r, HEX, 146)),
 ('cloudflare_tunnel_run_token', _cf_tunnel), ('cloudflare_access_service_token_secret', h(64)),
 ('fastly_api_token', u64(32)), ('akamai_edgegrid_client_secret', lambda r: rs(r, B64, 43) + '='),
 ('bunny_net_account_api_key', lambda r: uuid4(r) + uuid4(r)[:-1]), ('keycdn_api_key', a(32)),
 ('stackpath_client_secret', h(64)), ('imperva_cloud_waf_api_key', uu),
 ('digitalocean_personal_access_token', pre('dop_v1_', h(64))), ('linode_personal_access_token', h(64)),
 ('vultr_api_key', au(36)), ('hetzner_cloud_api_token', a(64)), ('ovhcloud_application_secret', a(32)),
 ('scaleway_secret_key', uu), ('equinix_metal_api_token', a(32)), ('backblaze_b2_application_key', pre('K005', a(27))),
 ('wasabi_secret_access_key', au(40)), ('ns1_api_key', a(20)), ('dnsimple_account_access_token', pre('dnsimple_a_', a(32))),
 ('dns_made_easy_secret_key', uu), ('godaddy_api_secret', a(22)), ('namecheap_api_key', h(32)),
 ('gandi_personal_access_token', h(40)), ('porkbun_secret_api_key', pre('sk1_', h(64))),
 ('netlify_personal_access_token', pre('nfp_', a(36))), ('nextdns_api_key', h(40)),
 ('duckdns_account_token', uu), ('hurricane_electric_ddns_key', a(16)), ('noip_ddns_update_key', a(20)),
 ('pagerduty_rest_api_key', pre('u+', u64(18))), ('pagerduty_events_v2_routing_key', h(32)),
 ('opsgenie_api_integration_key', uu), ('splunk_oncall_rest_api_key', h(32)), ('atlassian_statuspage_api_key', uu),
 ('better_stack_uptime_api_token', a(24)), ('uptimerobot_main_api_key', lambda r: 'u%d-%s' % (r.randint(1000000, 2999999), rs(r, HEX, 24))),
 ('healthchecks_io_api_key', a(32)), ('cronitor_api_key', h(32)), ('squadcast_refresh_token', h(64)),
 ('incident_io_api_key', pre('inc_', a(40))), ('rootly_api_token', pre('rootly_', h(64))), ('zenduty_api_key', h(40)),
 ('ilert_api_key', pre('il1api', a(40))), ('pushover_application_token', al(30)), ('gotify_application_token', pre('A', a(14))),
 ('ntfy_access_token', pre('tk_', al(29))), ('new_relic_user_api_key', pre('NRAK-', au(27))),
 ('new_relic_ingest_license_key', lambda r: rs(r, HEX, 36) + 'NRAL'), ('grafana_cloud_access_policy_token', _glc),
 ('grafana_service_account_token', lambda r: 'glsa_' + rs(r, ALNUM, 32) + '_' + rs(r, HEX, 8)),
 ('honeycomb_ingest_api_key', a(22)), ('logzio_shipping_token', lambda r: rs(r, LOWER + UPPER, 32)),
 ('sumo_logic_access_key', a(64)), ('papertrail_api_token', a(20)), ('mezmo_ingestion_key', h(32)),
 ('zabbix_api_token', h(64)), ('librenms_api_token', h(32)), ('netbox_api_token', h(40)), ('nautobot_api_token', h(40)),
 ('checkmk_automation_secret', lambda r: rs(r, UPPER + DIG + '@', 32)), ('prtg_api_passhash', lambda r: rs(r, '123456789', 1) + rs(r, DIG, 9)),
 ('solarwinds_observability_api_token', lambda r: rs(r, B64URL, 71)), ('auvik_api_key', a(44)),
 ('kentik_api_token', h(32)), ('thousandeyes_bearer_token', uu), ('netdata_cloud_claim_token', u64(135)),
 ('uptime_kuma_api_key', lambda r: 'uk%d_%s' % (r.randint(1, 9), rs(r, B64URL, 32))),
 ('meraki_dashboard_api_key', h(40)), ('cisco_webex_bot_access_token', lambda r: rs(r, ALNUM, 64) + '_' + rs(r, ALNUM, 4) + '_' + uuid4(r)),
 ('aruba_central_client_secret', a(32)), ('juniper_mist_api_token', a(80)), ('unifi_site_manager_api_key', u64(32)),
 ('fortigate_rest_api_admin_key', al(30)), ('palo_alto_panos_xml_api_key', _pan), ('sophos_central_client_secret', h(100)),
 ('zscaler_zia_api_key', a(12)), ('cisco_umbrella_api_secret', h(32)), ('omada_openapi_client_secret', h(32)),
 ('opnsense_api_secret', lambda r: rs(r, B64, 80)), ('crowdsec_bouncer_api_key', a(32)),
 ('headscale_preauth_key', h(48)), ('netbird_setup_key', lambda r: uuid4(r, True)), ('twingate_api_token', u64(44)),
 ('ngrok_agent_authtoken', lambda r: '2' + rs(r, ALNUM, 26) + '_' + rs(r, ALNUM, 21)),
 ('wireguard_interface_private_key', _wg), ('wireguard_peer_preshared_key', _wg),
 ('vonage_api_secret', a(16)), ('plivo_auth_token', a(40)), ('telnyx_api_v2_key', lambda r: 'KEY' + rs(r, HEXU, 32) + '_' + rs(r, ALNUM, 22)),
 ('bandwidth_voice_api_client_secret', a(40)), ('signalwire_project_token', pre('PT', h(48))),
 ('sinch_sms_service_plan_token', h(32)), ('messagebird_live_access_key', a(25)),
 ('infobip_api_key', lambda r: rs(r, HEX, 32) + '-' + uuid4(r)), ('threecx_api_client_secret', a(32)),
 ('voip_ms_api_password', lambda r: password(r, 14, 20)), ('ringcentral_jwt_credential', _jwt_rc),
 ('aircall_api_token', h(32)), ('dialpad_api_key', a(86)), ('zoom_server_to_server_client_secret', a(32)),
 ('flowroute_api_secret_key', a(32)), ('clicksend_api_key', lambda r: uuid4(r, True)), ('textmagic_api_key', a(30)),
 ('hashicorp_vault_service_token', pre('hvs.', u64(91))), ('consul_acl_secret_id', uu), ('nomad_acl_secret_id', uu),
 ('terraform_cloud_user_token', _tfc), ('pulumi_access_token', pre('pul-', h(40))), ('awx_oauth2_personal_token', a(30)),
 ('rundeck_api_token', a(32)), ('stackstorm_api_key', lambda r: rs(r, ALNUM, 48)),
 ('portainer_access_token', pre('ptr_', b64(43))), ('rancher_api_bearer_token', lambda r: 'token-%s:%s' % (rs(r, LOWER + DIG, 5), rs(r, LOWER + DIG, 54))),
 ('proxmox_ve_api_token_secret', uu), ('zerossl_acme_eab_hmac_key', u64(86)), ('zerossl_api_access_key', h(32)),
 ('venafi_tpp_api_key', uu), ('ipinfo_access_token', h(14)), ('maxmind_geoip_license_key', lambda r: rs(r, ALNUM, 6) + '_' + rs(r, ALNUM, 29) + '_mmk'),
 ('shodan_api_key', a(32)), ('censys_api_secret', a(32)), ('peeringdb_api_key', lambda r: rs(r, ALNUM, 8) + '.' + rs(r, ALNUM, 32)),
 ('ripe_ncc_db_api_key', uu), ('arin_online_api_key', lambda r: 'API-' + '-'.join(rs(r, HEXU, 4) for _ in range(4))),
 ('megaport_api_client_secret', a(52)), ('packetfabric_api_key', a(48)), ('equinix_fabric_client_secret', a(32)),
]

STYLES = [
 ('ansible_host_vars_vault_free_line', 'yaml'), ('terraform_variable_default_block', 'hcl'),
 ('systemd_override_environment_line', 'systemd'), ('compose_service_environment_list', 'compose'),
 ('nornir_config_module_constant', 'pyconst'), ('netbox_config_context_json_field', 'json'),
 ('k8s_secret_stringdata_manifest', 'k8s'), ('mop_step_verification_note', 'mop'),
 ('noc_wiki_integration_table_row', 'wiki'), ('salt_pillar_sls_mapping', 'salt'),
 ('telegraf_output_plugin_toml', 'toml'), ('carrier_ticket_customer_reply', 'reply'),
]


def render(style_form, t, r):
    env = t.upper()
    key = t
    hum = human(t)
    s, p, hh = site(r), person(r), host(r)
    f = style_form
    if f == 'yaml':
        return '# host_vars/%s.yml\nmgmt_vrf: MGMT\n%s: «0»\nntp_servers: [%s]\n' % (hh, key, ip(r))
    if f == 'hcl':
        return 'variable "%s" {\n  type      = string\n  sensitive = true\n  default   = "«0»"\n}\n' % key
    if f == 'systemd':
        return '# /etc/systemd/system/netops-agent.service.d/override.conf (%s)\n[Service]\nEnvironment="%s=«0»"\n' % (hh, env)
    if f == 'compose':
        return 'services:\n  collector:\n    image: registry.noc.example/collector:2.4\n    environment:\n      - SITE=%s\n      - %s=«0»\n' % (s, env)
    if f == 'pyconst':
        return '# nornir_settings.py – %s\nINVENTORY = "hosts.yaml"\n%s = "«0»"\nNUM_WORKERS = 20\n' % (s, env)
    if f == 'json':
        return '{\n  "site": "%s",\n  "integrations": {\n    "%s": "«0»"\n  }\n}' % (s, key)
    if f == 'k8s':
        return 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: netops\ntype: Opaque\nstringData:\n  %s: «0»\n' % (t.replace('_', '-'), key)
    if f == 'mop':
        return 'MOP-%d – step 7 (verification)\nRun the health check with the %s set:\n    %s=«0» ./healthcheck --site %s\nExpected: all green. Owner: %s\n' % (r.randint(100, 999), hum, env, s, p)
    if f == 'wiki':
        return '|| Integration || Site || Credential || Owner ||\n| %s | %s | «0» | %s |\n' % (hum, s, p)
    if f == 'salt':
        return '# /srv/pillar/netops/%s.sls\nnetops:\n  site: %s\n  %s: «0»\n' % (s, s, key)
    if f == 'toml':
        return '[[outputs.http]]\n  url = "https://ingest.%s.noc.example"\n  [outputs.http.headers]\n    # %s\n    X-Auth = "«0»"\n' % (s, hum)
    if f == 'reply':
        return 'Ticket %s – customer reply from %s:\n> we still cannot reach the portal API.\nOur %s is «0» if you want to test from your side.\n' % (ticket(r, 'INC'), p, hum)
    raise KeyError(f)


def generate(pool):
    r = random.Random(SEED)
    recs = []
    for i, (t, gen) in enumerate(VENDOR):
        sname, sform = STYLES[i % len(STYLES)]
        val = pool.take(lambda: gen(r))
        text, spans = assemble(render(sform, t, r), [(val, t)])
        recs.append({'type': t, 'container': '%s__%s' % (t, sname), 'text': text, 'secrets': spans, 'source': 'vendor'})
    return recs
