"""Vendor token types of the elevator / building-automation world and beyond."""
import string
from common140 import Gen, rec, HEXL, AL
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits

def V(g):
    return g
S = lambda n, a=AL: (lambda g: g.s(n, a))
H = lambda n, p='', suf='': (lambda g: p + g.hx(n) + suf)
P = lambda p, n, a=AL: (lambda g: p + g.s(n, a))
U = lambda p='': (lambda g: p + g.uuid4())

def ghlike(prefix):
    def f(g):
        body = g.s(30)
        return prefix + body + g.crc_b62(body)
    return f

def jwt(iss):
    return lambda g: g.jwt({'iss': iss, 'sub': g.uuid4(), 'scope': 'telemetry:read', 'iat': 1760000000 + g.r.randint(0, 9999999)})

CAND = [
    # elevator / escalator OEMs and lift monitoring
    ('otis_one_api_client_secret', 'OTIS_ONE_CLIENT_SECRET', S(40)),
    ('otis_elevate_partner_key', 'OTIS_ELEVATE_KEY', H(32)),
    ('kone_api_client_secret', 'KONE_API_CLIENT_SECRET', S(48)),
    ('kone_247_connected_token', 'KONE_CONNECTED_TOKEN', P('kc247_', 40)),
    ('schindler_ahead_api_key', 'SCHINDLER_AHEAD_API_KEY', H(48)),
    ('schindler_port_integration_secret', 'SCHINDLER_PORT_SECRET', lambda g: g.b64(33)),
    ('tkelevator_max_api_token', 'TKE_MAX_TOKEN', P('tkmax_', 44)),
    ('mitsubishi_elevator_melview_key', 'MELEVATOR_API_KEY', U()),
    ('fujitec_remote_monitoring_token', 'FUJITEC_RM_TOKEN', S(36)),
    ('hitachi_building_iot_secret', 'HITACHI_BLDG_IOT_SECRET', H(64)),
    ('hyundai_elevator_hrts_key', 'HYUNDAI_HRTS_KEY', S(32, UP)),
    ('orona_cloud_api_key', 'ORONA_CLOUD_API_KEY', P('orn_', 32)),
    ('wittur_door_sensor_token', 'WITTUR_SENSOR_TOKEN', H(40)),
    ('smartrise_c4_portal_key', 'SMARTRISE_PORTAL_KEY', S(28)),
    ('gal_galaxy_monitoring_token', 'GAL_GALAXY_TOKEN', lambda g: g.b64(32, url=True, pad=False)),
    ('mce_imonitor_api_key', 'MCE_IMONITOR_KEY', H(32)),
    ('thames_valley_controls_link_key', 'TVC_LINK_KEY', S(24, UP)),
    ('liftnet_remote_alarm_secret', 'LIFTNET_ALARM_SECRET', S(40)),
    ('avire_emergency_phone_api_token', 'AVIRE_PHONE_TOKEN', P('avr_', 36)),
    ('kings_iii_monitoring_key', 'KINGSIII_API_KEY', U()),
    ('janus_door_detector_key', 'JANUS_API_KEY', H(32)),
    ('memco_lightcurtain_cloud_token', 'MEMCO_CLOUD_TOKEN', S(32)),
    ('stannah_service_portal_secret', 'STANNAH_PORTAL_SECRET', S(44)),
    ('kleemann_liftcloud_key', 'KLEEMANN_LIFTCLOUD_KEY', H(40)),
    ('liftinspect_app_token', 'LIFTINSPECT_TOKEN', P('li_', 40)),
    ('elevatoriq_api_key', 'ELEVATORIQ_API_KEY', P('eiq_live_', 32)),
    # building management / BACnet / HVAC
    ('tridium_niagara_cloud_client_secret', 'NIAGARA_CLOUD_CLIENT_SECRET', S(48)),
    ('metasys_api_bearer_jwt', 'METASYS_TOKEN', jwt('metasys')),
    ('openblue_client_secret', 'OPENBLUE_CLIENT_SECRET', S(40)),
    ('desigo_cc_api_key', 'DESIGO_CC_API_KEY', U()),
    ('building_x_siemens_token', 'BUILDINGX_TOKEN', jwt('building-x')),
    ('honeywell_forge_client_secret', 'FORGE_CLIENT_SECRET', S(32)),
    ('ecostruxure_bms_api_key', 'EBO_API_KEY', H(48)),
    ('distech_eclypse_rest_token', 'ECLYPSE_TOKEN', lambda g: g.b64(36)),
    ('delta_o3_edge_api_key', 'DELTA_O3_KEY', S(32, LO)),
    ('webctrl_api_secret', 'WEBCTRL_API_SECRET', S(40)),
    ('carrier_abound_api_key', 'ABOUND_API_KEY', P('abd_', 40)),
    ('trane_connect_api_secret', 'TRANE_CONNECT_SECRET', H(64)),
    ('daikin_cloud_client_secret', 'DAIKIN_CLOUD_CLIENT_SECRET', S(43)),
    ('belimo_cloud_api_token', 'BELIMO_CLOUD_TOKEN', P('bc_', 48)),
    ('danfoss_ally_api_secret', 'DANFOSS_ALLY_SECRET', S(32)),
    ('grundfos_gic_api_key', 'GRUNDFOS_API_KEY', H(32)),
    ('viessmann_api_client_secret', 'VIESSMANN_CLIENT_SECRET', H(32)),
    ('bosch_homecom_token', 'HOMECOM_TOKEN', jwt('homecom')),
    ('aerco_onair_api_key', 'AERCO_ONAIR_KEY', S(36)),
    ('cleaverbrooks_prometha_token', 'PROMETHA_TOKEN', S(40)),
    ('lochinvar_connect_api_key', 'LOCHINVAR_API_KEY', U()),
    ('kmc_commander_api_key', 'KMC_COMMANDER_KEY', H(40)),
    ('alerton_compass_cloud_secret', 'ALERTON_SECRET', S(32)),
    ('reliable_controls_mach_key', 'RC_MACH_KEY', S(24)),
    ('sauter_vision_center_token', 'SAUTER_TOKEN', S(48)),
    ('priva_open_api_key', 'PRIVA_API_KEY', H(32)),
    ('loytec_lweb_api_token', 'LWEB_TOKEN', lambda g: g.b64(27)),
    ('fieldserver_grid_api_key', 'FS_GRID_KEY', P('fsg_', 32)),
    ('optigo_visual_networks_key', 'OPTIGO_KEY', S(32)),
    ('switch_automation_api_key', 'SWITCH_API_KEY', U()),
    ('clockworks_analytics_token', 'CLOCKWORKS_TOKEN', S(40)),
    ('facilio_api_key', 'FACILIO_API_KEY', P('fc_', 40)),
    ('willow_twin_client_secret', 'WILLOW_CLIENT_SECRET', S(40)),
    ('mapped_api_token', 'MAPPED_TOKEN', P('mapped_', 40)),
    ('seventyfive_f_api_key', 'SEVENTYFIVEF_API_KEY', H(32)),
    ('verdigris_api_secret', 'VERDIGRIS_SECRET', S(36)),
    ('enertiv_api_token', 'ENERTIV_TOKEN', H(40)),
    ('energystar_portfolio_manager_password', 'ESPM_PASSWORD', lambda g: g.pw()),
    ('brainbox_ai_token', 'BRAINBOX_TOKEN', S(44)),
    ('butlr_api_client_secret', 'BUTLR_CLIENT_SECRET', S(40)),
    ('density_api_token', 'DENSITY_TOKEN', P('tok_', 40)),
    # access control and field service
    ('brivo_api_key', 'BRIVO_API_KEY', S(32)),
    ('avigilon_alta_api_token', 'ALTA_TOKEN', S(40)),
    ('verkada_api_key', 'VERKADA_API_KEY', P('vkd_api_', 32)),
    ('genetec_security_center_password', 'GENETEC_WEBSDK_PASSWORD', lambda g: g.pw()),
    ('kisi_api_key', 'KISI_API_KEY', H(32)),
    ('gallagher_command_centre_api_key', 'GALLAGHER_API_KEY', lambda g: '-'.join(g.s(4, UP) for _ in range(8))),
    ('swiftlane_api_token', 'SWIFTLANE_TOKEN', S(40)),
    ('servicetitan_client_secret', 'ST_CLIENT_SECRET', P('cs1.', 48)),
    ('servicemax_oauth_secret', 'SERVICEMAX_SECRET', S(64)),
    ('fieldaware_api_key', 'FIELDAWARE_API_KEY', H(32)),
    ('simpro_api_key', 'SIMPRO_API_KEY', H(40)),
    ('praxedo_api_secret', 'PRAXEDO_SECRET', S(32)),
    ('jobber_app_client_secret', 'JOBBER_CLIENT_SECRET', H(64)),
    ('housecallpro_api_key', 'HCP_API_KEY', H(32)),
    ('aquant_service_ai_token', 'AQUANT_TOKEN', S(48)),
    ('buildinglink_api_key', 'BUILDINGLINK_KEY', U()),
    ('samsara_api_token', 'SAMSARA_API_TOKEN', P('samsara_api_', 30)),
    # general developer services (new relative to the two READMEs)
    ('github_oauth_token_gho', 'GH_OAUTH_TOKEN', ghlike('gho_')),
    ('github_user_to_server_ghu', 'GH_U2S_TOKEN', ghlike('ghu_')),
    ('npm_granular_token', 'NPM_TOKEN', ghlike('npm_')),
    ('newrelic_user_key_nrak', 'NEW_RELIC_API_KEY', P('NRAK-', 27, UP)),
    ('supabase_management_token_sbp', 'SUPABASE_ACCESS_TOKEN', H(40, 'sbp_')),
    ('planetscale_service_token', 'PLANETSCALE_SERVICE_TOKEN', P('pscale_tkn_', 43)),
    ('pulumi_access_token', 'PULUMI_ACCESS_TOKEN', H(40, 'pul-')),
    ('buildkite_api_token', 'BUILDKITE_API_TOKEN', H(40, 'bkua_')),
    ('postman_api_key', 'POSTMAN_API_KEY', lambda g: 'PMAK-' + g.hx(24) + '-' + g.hx(34)),
    ('rubygems_api_key', 'GEM_HOST_API_KEY', H(48, 'rubygems_')),
    ('nuget_api_key', 'NUGET_API_KEY', P('oy2', 43, LO)),
    ('anthropic_api_key', 'ANTHROPIC_API_KEY', lambda g: 'sk-ant-api03-' + g.s(93, AL + '-_') + 'AA'),
    ('deepgram_api_key', 'DEEPGRAM_API_KEY', H(40)),
    ('assemblyai_api_key', 'ASSEMBLYAI_API_KEY', H(32)),
    ('elevenlabs_api_key', 'ELEVENLABS_API_KEY', H(48, 'sk_')),
    ('mistral_api_key', 'MISTRAL_API_KEY', S(32)),
    ('cohere_api_key', 'CO_API_KEY', S(40)),
    ('mapbox_secret_token', 'MAPBOX_SECRET_TOKEN', lambda g: 'sk.' + g.b64(28, url=True, pad=False) + '.' + g.s(22, AL + '-_')),
    ('telegram_bot_token', 'TELEGRAM_BOT_TOKEN', lambda g: str(g.r.randint(6000000000, 7999999999)) + ':AA' + g.s(33, AL + '-_')),
    ('mailgun_private_key', 'MAILGUN_API_KEY', lambda g: 'key-' + g.hx(32)),
    ('postmark_server_token', 'POSTMARK_SERVER_TOKEN', U()),
    ('twilio_auth_token_hex', 'TWILIO_AUTH_TOKEN', H(32)),
    ('vonage_api_secret', 'VONAGE_API_SECRET', S(16)),
    ('messagebird_access_key', 'MESSAGEBIRD_ACCESS_KEY', S(25)),
    ('pushover_user_app_token', 'PUSHOVER_APP_TOKEN', S(30, LO)),
    ('plaid_secret', 'PLAID_SECRET', H(30)),
    ('adyen_api_key', 'ADYEN_API_KEY', lambda g: 'AQE' + g.s(20) + '.' + g.s(44, AL + '+/')),
    ('gocardless_live_access_token', 'GOCARDLESS_ACCESS_TOKEN', P('live_', 40, AL + '-_')),
    ('checkoutcom_secret_key', 'CKO_SECRET_KEY', lambda g: 'sk_' + g.uuid4()),
    ('paddle_api_key', 'PADDLE_API_KEY', H(50, 'pdl_live_apikey_')),
    ('clickup_personal_token', 'CLICKUP_TOKEN', lambda g: 'pk_' + str(g.r.randint(10000000, 99999999)) + '_' + g.s(32, UP)),
    ('vercel_access_token', 'VERCEL_TOKEN', S(24)),
    ('netlify_pat_nfp', 'NETLIFY_AUTH_TOKEN', P('nfp_', 36)),
    ('render_api_key', 'RENDER_API_KEY', P('rnd_', 28)),
    ('snyk_api_token', 'SNYK_TOKEN', U()),
    ('sonarqube_user_token', 'SONAR_TOKEN', H(40, 'squ_')),
    ('circleci_personal_token', 'CIRCLECI_TOKEN', H(40, 'CCIPAT_' )),
    ('terraform_cloud_team_token_alt', 'TFE_TOKEN', lambda g: g.s(14) + '.atlasv1.' + g.s(67)),
    ('zendesk_api_token', 'ZENDESK_API_TOKEN', S(40)),
    ('freshdesk_api_key', 'FRESHDESK_API_KEY', S(20)),
    ('pagertree_api_key', 'PAGERTREE_KEY', P('pt_', 32)),
    ('opsgenie_api_key', 'OPSGENIE_API_KEY', U()),
    ('limble_cmms_client_secret', 'LIMBLE_CLIENT_SECRET', S(40)),
    ('fiix_cmms_secret_key', 'FIIX_SECRET_KEY', H(48)),
    ('upkeep_cmms_session_token', 'UPKEEP_SESSION_TOKEN', S(32)),
]

STYLES = [
    ('liftgw_docker_secret_file_line', '$ cat /run/secrets/{L}\n{V}'),
    ('bms_python_os_environ_setdefault', "import os\nos.environ.setdefault('{N}', '{V}')"),
    ('dispatch_go_const_block', 'package dispatch\n\nconst (\n\t{C} = "{V}"\n)'),
    ('chiller_typescript_export_const', "export const {N} = '{V}';"),
    ('escalator_kubernetes_secret_stringdata', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: bms-integrations\nstringData:\n  {N}: "{V}"'),
    ('machine_room_fish_shell_set_gx', 'set -gx {N} {V}'),
    ('inspection_php_define_call', "<?php\ndefine('{N}', '{V}');"),
    ('boiler_hcl_nomad_template_env', 'template {\n  data = <<EOH\n{N}="{V}"\nEOH\n  destination = "secrets/vendor.env"\n  env = true\n}'),
    ('lift_ops_rocketchat_paste', 'tomasz.w 14:03 pasting the {S} so the night shift can test: {V}'),
    ('bms_csharp_launchsettings_env', '"environmentVariables": {\n  "{N}": "{V}"\n}'),
]


def build(used, deny, words, seed=14002):
    g = Gen(seed, used)
    kept, dropped = [], []
    for c in CAND:
        if c[0].lower() in deny or c[0].split('_')[0] in words:
            dropped.append(c[0])
        else:
            kept.append(c)
    out = []
    for i, (typ, name, fn) in enumerate(kept):
        sname, tmpl = STYLES[i % len(STYLES)]
        v = g.uniq(lambda: fn(g))
        c = ''.join(p.capitalize() for p in name.lower().split('_'))
        t = (tmpl.replace('{L}', name.lower()).replace('{N}', name).replace('{C}', c)
             .replace('{S}', name.lower().replace('_', ' ')))
        out.append(rec('V%04d' % (i + 1), typ, typ + '__' + sname, t, v, 'vendor'))
    return out, dropped
