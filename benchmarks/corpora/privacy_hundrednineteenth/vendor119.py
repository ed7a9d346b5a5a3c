"""Vendor token types of the space world and beyond: one record each, 10 container styles cycled."""
import base64
from common119 import Gen, HEX, AN, LOW, UP, DIG, b62
import zlib

UH = '0123456789ABCDEF'
B64 = AN + '+/'
URL = AN + '-_'

def P(prefix, n, alpha=AN, suffix=''):
    return lambda g: g.tok(prefix, n, alpha, suffix)

def pw(g): return g.pw()
def uu(g): return g.uuid4()
def J(**c): return lambda g: g.jwt(c)

def telegram(g):
    return g.uniq(lambda: str(g.r.randint(5000000000, 7999999999)) + ':AA' + g.s(URL, 33))
def tfc(g):
    return g.uniq(lambda: g.s(AN, 14) + '.atlasv1.' + g.s(AN, 67))
def pmak(g):
    return g.uniq(lambda: 'PMAK-' + g.s(HEX, 24) + '-' + g.s(HEX, 34))
def ghost(g):
    return g.uniq(lambda: g.s(HEX, 24) + ':' + g.s(HEX, 64))
def wpapp(g):
    return g.uniq(lambda: ' '.join(g.s(AN, 4) for _ in range(6)))
def ably(g):
    return g.uniq(lambda: g.s(AN, 6) + '.' + g.s(AN, 6) + ':' + g.s(URL, 43))
def slackbot(g):
    return g.uniq(lambda: 'xoxb-' + g.s(DIG, 12) + '-' + g.s(DIG, 13) + '-' + g.s(AN, 24))
def crc_tok(prefix, n):
    def f(g):
        def h():
            body = g.s(AN, n); return prefix + body + b62(zlib.crc32(body.encode()), 6)
        return g.uniq(h)
    return f
def pubnub(g):
    return g.uniq(lambda: 'sec-c-' + base64.b64encode(g.s(AN, 36).encode()).decode().rstrip('='))
def hvs(g): return g.tok('hvs.', 90, URL)
def linode_like(g): return g.tok('', 64, HEX)

# (type, key name shown in the container, generator)
VENDORS = [
    ('leafspace_ground_api_key', 'LEAFSPACE_API_KEY', P('', 48, AN)),
    ('ksat_lite_client_secret', 'KSAT_CLIENT_SECRET', P('', 40, URL)),
    ('atlasspace_freedom_api_token', 'ATLAS_FREEDOM_TOKEN', P('', 64, HEX)),
    ('infostellar_stellarstation_api_key', 'STELLARSTATION_API_KEY', P('', 44, B64)),
    ('rbcsignals_portal_password', 'RBC_PORTAL_PW', pw),
    ('sscspace_sspc_client_secret', 'SSC_CLIENT_SECRET', P('', 36, AN)),
    ('viasat_rte_api_token', 'VIASAT_RTE_TOKEN', P('', 32, HEX)),
    ('spacetrack_account_password', 'SPACETRACK_PW', pw),
    ('leolabs_api_access_key', 'LEOLABS_ACCESS_KEY', P('', 40, HEX)),
    ('slingshot_beacon_api_key', 'SLINGSHOT_API_KEY', P('sk_', 40, AN)),
    ('comspoc_spacebook_token', 'SPACEBOOK_TOKEN', P('', 32, AN)),
    ('kayhan_pathfinder_api_key', 'PATHFINDER_API_KEY', P('', 40, AN)),
    ('northstar_sda_client_secret', 'NORTHSTAR_CLIENT_SECRET', P('', 44, URL)),
    ('planet_data_api_key_plak', 'PL_API_KEY', P('PLAK', 32, HEX)),
    ('maxar_mgp_api_key', 'MGP_API_KEY', P('', 64, HEX)),
    ('oneatlas_airbus_api_key', 'ONEATLAS_API_KEY', P('', 64, URL)),
    ('up42_project_api_key', 'UP42_PROJECT_API_KEY', P('', 40, AN)),
    ('skywatch_earthcache_api_key', 'EARTHCACHE_API_KEY', P('', 36, AN)),
    ('satellogic_aleph_client_secret', 'ALEPH_CLIENT_SECRET', P('', 64, AN)),
    ('capella_console_api_key', 'CAPELLA_API_KEY', P('', 43, URL)),
    ('iceye_tasking_client_secret', 'ICEYE_CLIENT_SECRET', P('', 40, AN)),
    ('umbra_canopy_api_token', 'UMBRA_CANOPY_TOKEN', J(iss='https://auth.example.com/', sub='umbra-ops', aud='canopy')),
    ('blacksky_spectra_api_key', 'SPECTRA_API_KEY', P('', 40, HEX)),
    ('sentinelhub_oauth_client_secret', 'SH_CLIENT_SECRET', P('', 40, AN + '~.:')),
    ('cdse_copernicus_s3_secret_key', 'CDSE_S3_SECRET', P('', 32, AN)),
    ('earthdata_edl_bearer_token', 'EARTHDATA_TOKEN', J(type='User', uid='eo_ops', iss='Earthdata Login')),
    ('descarteslabs_refresh_token', 'DL_REFRESH_TOKEN', P('', 45, URL)),
    ('spire_aviation_api_token', 'SPIRE_TOKEN', P('', 32, AN)),
    ('iridium_cloudconnect_password', 'IRIDIUM_CC_PW', pw),
    ('globalstar_smartone_api_password', 'SMARTONE_API_PW', pw),
    ('orbcomm_partner_api_key', 'ORBCOMM_API_KEY', P('', 32, UH)),
    ('myriota_device_manager_token', 'MYRIOTA_TOKEN', J(sub='myriota-dm', aud='device-manager')),
    ('kineis_cls_client_secret', 'KINEIS_CLIENT_SECRET', P('', 32, AN)),
    ('astrocast_api_key', 'ASTROCAST_API_KEY', P('', 64, AN)),
    ('skylo_ntn_api_key', 'SKYLO_API_KEY', P('', 40, AN)),
    ('lacuna_lorawan_app_key', 'LACUNA_APP_KEY', P('', 32, UH)),
    ('sateliot_platform_token', 'SATELIOT_TOKEN', P('', 48, AN)),
    ('inmarsat_isatdata_access_key', 'ISATDATA_ACCESS_KEY', P('', 32, HEX)),
    ('hiber_hiberhilo_api_token', 'HIBER_TOKEN', P('', 64, HEX)),
    ('rocketlab_photon_ops_token', 'PHOTON_OPS_TOKEN', P('', 48, URL)),
    ('kratos_quantum_license_key', 'QUANTUM_LICENSE_KEY', lambda g: g.uniq(lambda: '-'.join(g.s(UP + DIG, 5) for _ in range(5)))),
    ('cesium_ion_access_token', 'CESIUM_ION_TOKEN', J(jti='x', id=418273)),
    ('brightascension_flightsuite_key', 'FLIGHTSUITE_KEY', P('', 32, HEX)),
    ('opencosmos_dataplatform_token', 'OC_DATAPLATFORM_TOKEN', P('', 40, AN)),
    ('loftorbital_cockpit_api_key', 'COCKPIT_API_KEY', P('lo_', 40, AN)),
    ('dorbit_aurora_client_secret', 'AURORA_CLIENT_SECRET', P('', 48, AN)),
    ('exolaunch_portal_password', 'EXOLAUNCH_PW', pw),
    ('nanoavionics_mcs_api_token', 'NA_MCS_TOKEN', P('', 40, HEX)),
    ('gomspace_csp_hmac_key', 'CSP_HMAC_KEY', P('', 32, HEX)),
    ('endurosat_cloud_api_key', 'ENDUROSAT_API_KEY', P('', 36, AN)),
    ('satnogs_network_api_token', 'SATNOGS_API_TOKEN', P('', 40, HEX)),
    ('okta_ssws_api_token', 'OKTA_API_TOKEN', P('00', 40, AN + '-_')),
    ('auth0_management_client_secret', 'AUTH0_CLIENT_SECRET', P('', 64, URL)),
    ('launchdarkly_sdk_key', 'LD_SDK_KEY', lambda g: 'sdk-' + g.uuid4()),
    ('posthog_personal_api_key_phx', 'POSTHOG_PERSONAL_KEY', P('phx_', 43, AN)),
    ('pinecone_api_key_pcsk', 'PINECONE_API_KEY', P('pcsk_', 66, AN + '_')),
    ('mistral_api_key', 'MISTRAL_API_KEY', P('', 32, AN)),
    ('deepseek_api_key_sk', 'DEEPSEEK_API_KEY', P('sk-', 32, HEX)),
    ('openrouter_api_key_sk_or_v1', 'OPENROUTER_API_KEY', P('sk-or-v1-', 64, HEX)),
    ('pulumi_access_token_pul', 'PULUMI_ACCESS_TOKEN', P('pul-', 40, HEX)),
    ('terraformcloud_user_token_atlasv1', 'TFC_TOKEN', tfc),
    ('buildkite_api_token_bkua', 'BUILDKITE_API_TOKEN', P('bkua_', 40, HEX)),
    ('postman_api_key_pmak', 'POSTMAN_API_KEY', pmak),
    ('telegram_bot_token', 'TG_BOT_TOKEN', telegram),
    ('slack_bot_token_xoxb', 'SLACK_BOT_TOKEN', slackbot),
    ('sumologic_access_key', 'SUMO_ACCESS_KEY', P('', 64, AN)),
    ('databricks_pat_dapi', 'DATABRICKS_TOKEN', P('dapi', 32, HEX)),
    ('flyio_access_token_fo1', 'FLY_API_TOKEN', P('fo1_', 43, URL)),
    ('render_api_key_rnd', 'RENDER_API_KEY', P('rnd_', 32, AN)),
    ('neon_api_key_napi', 'NEON_API_KEY', P('napi_', 64, LOW + DIG)),
    ('confluent_cloud_api_secret', 'CONFLUENT_API_SECRET', P('', 64, AN + '+/')),
    ('alchemy_api_key', 'ALCHEMY_API_KEY', P('', 32, URL)),
    ('etherscan_api_key', 'ETHERSCAN_API_KEY', P('', 34, UP + DIG)),
    ('infura_api_secret', 'INFURA_API_SECRET', P('', 32, HEX)),
    ('shopify_admin_token_shpat', 'SHOPIFY_ADMIN_TOKEN', P('shpat_', 32, HEX)),
    ('klaviyo_private_key_pk', 'KLAVIYO_PRIVATE_KEY', P('pk_', 34, HEX)),
    ('hubspot_private_app_token', 'HUBSPOT_TOKEN', lambda g: 'pat-na1-' + g.uuid4()),
    ('typeform_personal_token_tfp', 'TYPEFORM_TOKEN', P('tfp_', 44, AN + '_')),
    ('resend_api_key_re', 'RESEND_API_KEY', P('re_', 32, AN + '_')),
    ('plivo_auth_token', 'PLIVO_AUTH_TOKEN', P('', 40, AN)),
    ('messagebird_access_key', 'MESSAGEBIRD_ACCESS_KEY', P('', 25, AN)),
    ('pusher_app_secret', 'PUSHER_APP_SECRET', P('', 20, HEX)),
    ('ably_api_key_colon', 'ABLY_API_KEY', ably),
    ('pubnub_secret_key_sec_c', 'PUBNUB_SECRET_KEY', pubnub),
    ('livekit_api_secret', 'LIVEKIT_API_SECRET', P('', 43, AN)),
    ('rollbar_server_token', 'ROLLBAR_ACCESS_TOKEN', P('', 32, HEX)),
    ('bugsnag_api_key', 'BUGSNAG_API_KEY', P('', 32, HEX)),
    ('mixpanel_api_secret', 'MIXPANEL_API_SECRET', P('', 32, HEX)),
    ('algolia_admin_api_key', 'ALGOLIA_ADMIN_KEY', P('', 32, HEX)),
    ('hashicorp_vault_service_token_hvs', 'VAULT_TOKEN', hvs),
    ('consul_acl_secret_id', 'CONSUL_HTTP_TOKEN', uu),
    ('nomad_acl_secret_id', 'NOMAD_TOKEN', uu),
    ('honeybadger_api_key', 'HONEYBADGER_API_KEY', P('hbp_', 36, AN)),
    ('clerk_secret_key_live', 'CLERK_SECRET_KEY', P('sk_live_', 40, AN)),
    ('sanity_api_token_sk', 'SANITY_API_TOKEN', P('sk', 180, AN)),
    ('ghost_admin_api_key', 'GHOST_ADMIN_API_KEY', ghost),
    ('wordpress_application_password', 'WP_APP_PASSWORD', wpapp),
    ('storyblok_management_token', 'STORYBLOK_OAUTH_TOKEN', P('', 22, AN, 'tt')),
    ('contentstack_management_token', 'CONTENTSTACK_MGMT_TOKEN', P('cs', 32, HEX)),
    ('checkly_api_key_cu', 'CHECKLY_API_KEY', P('cu_', 32, HEX)),
    ('betterstack_uptime_token', 'BETTERSTACK_TOKEN', P('', 24, AN)),
    ('spacelift_api_key_secret', 'SPACELIFT_API_KEY_SECRET', P('', 64, HEX)),
    ('codefresh_api_key', 'CF_API_KEY', lambda g: g.uniq(lambda: g.s(HEX, 24) + '.' + g.s(HEX, 32))),
    ('semaphoreci_api_token', 'SEMAPHORE_API_TOKEN', P('', 20, AN)),
    ('sourcegraph_access_token_sgp', 'SRC_ACCESS_TOKEN', lambda g: g.uniq(lambda: 'sgp_' + g.s(HEX, 16) + '_' + g.s(HEX, 40))),
    ('zapier_nla_api_key', 'ZAPIER_NLA_API_KEY', P('sk-ak-', 32, AN)),
    ('docusign_integration_secret', 'DOCUSIGN_SECRET_KEY', uu),
    ('pandadoc_api_key', 'PANDADOC_API_KEY', P('', 40, HEX)),
    ('xero_client_secret', 'XERO_CLIENT_SECRET', P('', 48, URL)),
    ('wise_api_token', 'WISE_API_TOKEN', uu),
    ('aiven_personal_token', 'AIVEN_TOKEN', P('', 372, B64)),
    ('cockroach_cloud_api_key', 'COCKROACH_API_KEY', lambda g: g.uniq(lambda: 'CCDB1_' + g.s(AN, 22) + '_' + g.s(AN, 40))),
    ('fauna_secret_fn', 'FAUNA_SECRET', P('fn', 38, URL)),
    ('clevercloud_oauth_secret', 'CC_OAUTH_SECRET', P('', 32, AN)),
    ('railway_project_token', 'RAILWAY_TOKEN', uu),
    ('koyeb_api_token', 'KOYEB_TOKEN', P('', 64, AN)),
    ('northflank_api_token', 'NF_API_TOKEN', P('nf-', 64, AN)),
    ('exoscale_api_secret', 'EXOSCALE_API_SECRET', P('', 43, URL)),
    ('upcloud_api_password', 'UPCLOUD_PASSWORD', pw),
    ('civo_api_key', 'CIVO_TOKEN', P('', 50, AN)),
    ('equinix_metal_auth_token', 'METAL_AUTH_TOKEN', P('', 32, AN)),
    ('webex_bot_access_token', 'WEBEX_BOT_TOKEN', lambda g: g.uniq(lambda: g.s(AN, 64) + '_' + g.s(UP + DIG, 4) + '_' + g.uuid4())),
    ('sinch_service_plan_token', 'SINCH_API_TOKEN', P('', 32, HEX)),
    ('cloudsmith_api_key', 'CLOUDSMITH_API_KEY', P('', 40, HEX)),
    ('freshdesk_api_key', 'FRESHDESK_API_KEY', P('', 20, AN)),
    ('calendly_personal_token', 'CALENDLY_TOKEN', J(iss='https://auth.calendly.com', user_uuid='ops')),
]

STYLES = [
    ('ground_sw_toml_table_entry', '[services.{s}]\nendpoint = "https://api.example.com"\n{kl} = "{v}"\n'),
    ('mission_ops_fish_set_gx', 'set -gx {k} \'{v}\'\nset -gx GS_SITE svalbard\n'),
    ('station_ctl_lua_table_field', 'local cfg = {{\n  site = "inuvik",\n  {kl} = "{v}",\n}}\nreturn cfg\n'),
    ('eo_pipeline_r_sys_setenv', 'library(httr2)\nSys.setenv({k} = "{v}")\nreq <- request("https://api.example.com/v1/scenes")\n'),
    ('orbit_svc_julia_const', 'module OrbitSvc\nconst {k} = "{v}"\nconst EPOCH_FMT = "yyyy-mm-ddTHH:MM:SS"\nend\n'),
    ('launch_tools_nix_attr', '{{ pkgs, ... }}:\n{{\n  environment.variables = {{\n    {k} = "{v}";\n  }};\n}}\n'),
    ('sat_iot_elixir_config_exs', 'import Config\n\nconfig :uplink_gw, UplinkGw.Client,\n  {kl}: "{v}",\n  pool_size: 8\n'),
    ('mcs_dhall_let_binding', 'let {kl} = "{v}"\nin  {{ site = "kiruna", {kl} }}\n'),
    ('payload_ops_systemd_dropin', '# /etc/systemd/system/payload-ops.service.d/override.conf\n[Service]\nEnvironment={k}={v}\n'),
    ('telemetry_scala_val', 'object TmConfig {{\n  val {kl}: String = "{v}"\n  val frameLength = 1115\n}}\n'),
]


def build(used, words):
    g = Gen(11902, used)
    out, dropped = [], []
    kept = [v for v in VENDORS if v[0].split('_')[0] not in words]
    dropped = [v[0] for v in VENDORS if v[0].split('_')[0] in words]
    for i, (t, key, f) in enumerate(kept):
        style, tpl = STYLES[i % len(STYLES)]
        v = f(g)
        text = tpl.replace('{k}', key).replace('{kl}', key.lower()).replace('{s}', t.split('_')[0])
        text = text.replace('{{', '{').replace('}}', '}').replace('{v}', '\ue000')
        s = text.index('\ue000'); text = text.replace('\ue000', v)
        out.append({'type': t, 'container': t + '__' + style, 'text': text,
                    'secrets': [{'value': v, 'start': s, 'end': s + len(v), 'type': t}], 'source': 'vendor'})
    return out, dropped
