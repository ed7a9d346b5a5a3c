"""Vendor token types of the fashion world and beyond, each in one of 10 styles."""
import string
from common127 import G, FASHION_WORDS, place

V = '\ue000'
L = string.ascii_lowercase
UP = string.ascii_uppercase

# (type, ENV_KEY, generator)
VENDORS = [
    ('centric_plm_rest_api_token', 'CENTRIC_API_TOKEN', lambda g: g.b64url(33)),
    ('flexplm_service_account_password', 'FLEXPLM_SVC_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('backbone_plm_api_key', 'BACKBONE_API_KEY', lambda g: g.hex(40)),
    ('bamboorose_tradestone_client_secret', 'BAMBOO_ROSE_CLIENT_SECRET', lambda g: g.an(44)),
    ('lectra_kubix_link_client_secret', 'LECTRA_KUBIX_CLIENT_SECRET', lambda g: g.uuid()),
    ('gerber_yunique_api_password', 'YUNIQUE_API_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('optitex_pds_license_server_key', 'OPTITEX_LICENSE_KEY', lambda g: '-'.join(g.upan(5) for _ in range(5))),
    ('browzwear_cloud_api_secret', 'BROWZWEAR_API_SECRET', lambda g: g.hex(48)),
    ('closet_clo_api_secret_key', 'CLO_SET_SECRET_KEY', lambda g: g.an(40)),
    ('style3d_open_api_app_secret', 'STYLE3D_APP_SECRET', lambda g: g.hex(32)),
    ('tukatech_tukacloud_token', 'TUKACLOUD_TOKEN', lambda g: g.an(48)),
    ('gsdcost_coats_digital_api_key', 'GSD_API_KEY', lambda g: g.HEX(32)),
    ('apparelmagic_api_token', 'APPARELMAGIC_TOKEN', lambda g: g.hex(32)),
    ('bluecherry_cgs_web_service_password', 'BLUECHERRY_WS_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('exenta_erp_api_secret', 'EXENTA_API_SECRET', lambda g: g.b64(32)),
    ('nuorder_oauth_consumer_secret', 'NUORDER_CONSUMER_SECRET', lambda g: g.an(48)),
    ('nuorder_oauth_token_secret', 'NUORDER_TOKEN_SECRET', lambda g: g.an(40)),
    ('joor_api_access_token', 'JOOR_ACCESS_TOKEN', lambda g: g.hex(40)),
    ('repspark_integration_key', 'REPSPARK_KEY', lambda g: g.uuid()),
    ('brandboom_api_key', 'BRANDBOOM_API_KEY', lambda g: g.an(32)),
    ('faire_brand_api_access_token', 'FAIRE_ACCESS_TOKEN', lambda g: g.upan(64)),
    ('zalando_zdirect_client_secret', 'ZDIRECT_CLIENT_SECRET', lambda g: g.b64url(36)),
    ('farfetch_partner_api_secret', 'FARFETCH_API_SECRET', lambda g: g.hex(64)),
    ('ssense_marketplace_api_key', 'SSENSE_API_KEY', lambda g: g.an(40)),
    ('mirakl_shop_api_key', 'MIRAKL_SHOP_KEY', lambda g: g.uuid()),
    ('mirakl_operator_front_api_key', 'MIRAKL_OPERATOR_KEY', lambda g: g.uuid()),
    ('rithum_channeladvisor_refresh_token', 'CHANNELADVISOR_REFRESH_TOKEN', lambda g: g.an(43) + '-' + g.an(8)),
    ('orderful_edi_api_key', 'ORDERFUL_API_KEY', lambda g: g.hex(32)),
    ('spscommerce_client_secret', 'SPS_CLIENT_SECRET', lambda g: g.an(64)),
    ('truecommerce_foundry_api_key', 'TRUECOMMERCE_API_KEY', lambda g: g.upan(40)),
    ('centra_integration_api_token', 'CENTRA_API_TOKEN', lambda g: g.hex(64)),
    ('salsify_api_access_token', 'SALSIFY_ACCESS_TOKEN', lambda g: g.b64url(33)),
    ('akeneo_connection_secret', 'AKENEO_SECRET', lambda g: g.lowan(50)),
    ('plytix_api_password', 'PLYTIX_API_PASSWORD', lambda g: g.an(32)),
    ('pimcore_datahub_api_key', 'PIMCORE_DATAHUB_KEY', lambda g: g.hex(32)),
    ('inspectorio_sight_api_key', 'INSPECTORIO_API_KEY', lambda g: g.an(40)),
    ('qima_quality_api_token', 'QIMA_API_TOKEN', lambda g: g.uuid()),
    ('sedex_data_exchange_secret', 'SEDEX_SECRET', lambda g: g.b64(24)),
    ('amfori_bepi_platform_password', 'AMFORI_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('higg_cascale_api_key', 'HIGG_API_KEY', lambda g: g.hex(48)),
    ('trustrace_api_token', 'TRUSTRACE_TOKEN', lambda g: g.b64url(36)),
    ('retraced_supplier_api_key', 'RETRACED_API_KEY', lambda g: 'rtc_' + g.an(32)),
    ('sourcemap_api_token', 'SOURCEMAP_TOKEN', lambda g: g.hex(40)),
    ('fairlymade_traceability_api_key', 'FAIRLYMADE_KEY', lambda g: g.an(36)),
    ('avery_atma_io_client_secret', 'ATMA_CLIENT_SECRET', lambda g: g.an(48)),
    ('nedap_idcloud_api_secret', 'NEDAP_IDCLOUD_SECRET', lambda g: g.hex(40)),
    ('sml_clarity_rfid_api_key', 'SML_CLARITY_KEY', lambda g: g.upan(32)),
    ('impinj_itemsense_password', 'ITEMSENSE_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('zebra_savanna_api_key', 'SAVANNA_API_KEY', lambda g: g.an(32)),
    ('detego_rfid_platform_token', 'DETEGO_TOKEN', lambda g: g.b64(30)),
    ('checkpoint_hal_cloud_secret', 'CHECKPOINT_HAL_SECRET', lambda g: g.hex(32)),
    ('stoll_m1plus_license_key', 'STOLL_LICENSE_KEY', lambda g: '-'.join(g.HEX(4) for _ in range(6))),
    ('shimaseiki_apex_server_password', 'APEX_SERVER_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('tajima_dgml_pulse_api_key', 'TAJIMA_PULSE_KEY', lambda g: g.upan(24)),
    ('wilcom_embroiderystudio_cloud_token', 'WILCOM_CLOUD_TOKEN', lambda g: g.an(40)),
    ('hirsch_pulse_microsystems_secret', 'PULSE_SECRET', lambda g: g.hex(40)),
    ('zsk_machine_network_password', 'ZSK_NET_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('logiwa_wms_client_secret', 'LOGIWA_CLIENT_SECRET', lambda g: g.an(40)),
    ('shiphero_refresh_token', 'SHIPHERO_REFRESH_TOKEN', lambda g: g.an(45)),
    ('shipbob_personal_access_token', 'SHIPBOB_PAT', lambda g: g.HEX(64)),
    ('deposco_api_password', 'DEPOSCO_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('cin7_core_application_key', 'CIN7_APP_KEY', lambda g: g.uuid()),
    ('brightpearl_app_token', 'BRIGHTPEARL_TOKEN', lambda g: g.b64(32)),
    ('lightspeed_retail_client_secret', 'LIGHTSPEED_CLIENT_SECRET', lambda g: g.hex(64)),
    ('unleashed_api_key', 'UNLEASHED_API_KEY', lambda g: g.b64(64)),
    ('katana_mrp_api_key', 'KATANA_API_KEY', lambda g: g.uuid()),
    ('fulfil_io_personal_token', 'FULFIL_TOKEN', lambda g: g.hex(32)),
    ('anvyl_supply_chain_api_key', 'ANVYL_API_KEY', lambda g: g.an(48)),
    ('etsy_open_api_keystring_secret', 'ETSY_SHARED_SECRET', lambda g: g.lowan(10)),
    ('poshmark_partner_api_secret', 'POSHMARK_SECRET', lambda g: g.hex(40)),
    ('depop_seller_api_token', 'DEPOP_TOKEN', lambda g: g.an(48)),
    ('vinted_pro_integration_secret', 'VINTED_PRO_SECRET', lambda g: g.b64url(32)),
    ('thredup_resale_api_key', 'THREDUP_API_KEY', lambda g: g.hex(32)),
    ('vestiaire_collective_api_secret', 'VESTIAIRE_SECRET', lambda g: g.an(40)),
    ('therealreal_consignment_api_key', 'TRR_API_KEY', lambda g: g.uuid()),
    ('grailed_partner_token', 'GRAILED_TOKEN', lambda g: g.an(40)),
    ('asos_marketplace_api_secret', 'ASOS_MARKETPLACE_SECRET', lambda g: g.hex(40)),
    ('nordstrom_supplier_api_key', 'NORDSTROM_SUPPLIER_KEY', lambda g: g.an(32)),
    ('klarna_api_password_secret', 'KLARNA_API_SECRET', lambda g: 'klarna_live_api_' + g.an(40)),
    ('afterpay_merchant_secret_key', 'AFTERPAY_SECRET_KEY', lambda g: g.hex(128)),
    ('sezzle_private_api_key', 'SEZZLE_PRIVATE_KEY', lambda g: 'sz_prv_' + g.an(32)),
    ('loop_returns_api_key', 'LOOP_API_KEY', lambda g: g.hex(40)),
    ('narvar_account_auth_token', 'NARVAR_AUTH_TOKEN', lambda g: g.hex(32)),
    ('aftership_api_key', 'AFTERSHIP_API_KEY', lambda g: 'asat_' + g.hex(32)),
    ('yotpo_secret_key', 'YOTPO_SECRET', lambda g: g.an(40)),
    ('okendo_private_api_key', 'OKENDO_API_KEY', lambda g: g.uuid()),
    ('bazaarvoice_shared_encoding_key', 'BV_ENCODING_KEY', lambda g: g.an(24)),
    ('truefit_partner_api_secret', 'TRUEFIT_SECRET', lambda g: g.hex(32)),
    ('virtusize_api_secret', 'VIRTUSIZE_SECRET', lambda g: g.hex(40)),
    ('searchspring_secret_key', 'SEARCHSPRING_SECRET', lambda g: g.hex(32)),
    ('klevu_rest_auth_key', 'KLEVU_REST_KEY', lambda g: g.b64(24)),
    ('nosto_api_apps_token', 'NOSTO_APPS_TOKEN', lambda g: g.an(64)),
    ('attentive_private_api_key', 'ATTENTIVE_API_KEY', lambda g: g.b64(40)),
    ('postscript_private_api_key', 'POSTSCRIPT_API_KEY', lambda g: 'sk_' + g.hex(32)),
    ('listrak_client_secret', 'LISTRAK_CLIENT_SECRET', lambda g: g.an(50)),
    ('bluecore_api_secret', 'BLUECORE_SECRET', lambda g: g.hex(48)),
    ('dotdigital_api_user_password', 'DOTDIGITAL_API_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('easypost_production_api_key_ezak', 'EASYPOST_API_KEY', lambda g: 'EZAK' + g.lowan(54)),
    ('shippo_live_api_token', 'SHIPPO_TOKEN', lambda g: 'shippo_live_' + g.hex(40)),
    ('sendcloud_secret_key', 'SENDCLOUD_SECRET', lambda g: g.hex(32)),
    ('avalara_avatax_license_key', 'AVATAX_LICENSE_KEY', lambda g: g.HEX(16)),
    ('taxjar_live_api_token', 'TAXJAR_TOKEN', lambda g: g.hex(32)),
    ('cloudinary_url_api_secret', 'CLOUDINARY_URL', lambda g: g.b64url(20)[:27]),
    ('imgix_source_signing_token', 'IMGIX_SECURE_TOKEN', lambda g: g.an(16)),
    ('bynder_permanent_token', 'BYNDER_TOKEN', lambda g: g.hex(64)),
    ('figma_personal_access_token_figd', 'FIGMA_TOKEN', lambda g: 'figd_' + g.b64url(30)),
    ('deepl_free_auth_key_fx', 'DEEPL_AUTH_KEY', lambda g: g.uuid() + ':fx'),
    ('lokalise_api_token', 'LOKALISE_TOKEN', lambda g: g.hex(40)),
    ('smartling_user_secret', 'SMARTLING_USER_SECRET', lambda g: g.an(43)),
    ('crowdin_personal_token', 'CROWDIN_TOKEN', lambda g: g.hex(80)),
    ('github_fine_grained_pat', 'GH_PAT', lambda g: 'github_pat_' + g.an(22) + '_' + g.an(59)),
    ('github_classic_pat_checksum', 'GITHUB_TOKEN', lambda g: g.ghstyle('ghp_')),
    ('npm_automation_token_checksum', 'NPM_TOKEN', lambda g: g.ghstyle('npm_')),
    ('huggingface_user_access_token', 'HF_TOKEN', lambda g: 'hf_' + g.s(string.ascii_letters, 34)),
    ('anthropic_api_key_sk_ant', 'ANTHROPIC_API_KEY', lambda g: 'sk-ant-api03-' + g.b64url(70)[:93] + 'AA'),
    ('doppler_personal_token', 'DOPPLER_TOKEN', lambda g: 'dp.pt.' + g.an(43)),
    ('linear_personal_api_key', 'LINEAR_API_KEY', lambda g: 'lin_api_' + g.an(40)),
    ('airtable_personal_access_token', 'AIRTABLE_PAT', lambda g: 'pat' + g.an(14) + '.' + g.hex(64)),
    ('notion_integration_secret_ntn', 'NOTION_TOKEN', lambda g: 'ntn_' + g.s(string.digits, 11) + g.an(35)),
    ('dynatrace_api_token_dt0c01', 'DT_API_TOKEN', lambda g: 'dt0c01.' + g.upan(24) + '.' + g.upan(64)),
    ('sendgrid_api_key_sg', 'SENDGRID_API_KEY', lambda g: 'SG.' + g.b64url(16)[:22] + '.' + g.b64url(32)[:43]),
    ('twilio_api_key_secret', 'TWILIO_API_SECRET', lambda g: g.an(32)),
    ('grafana_service_account_token_glsa', 'GRAFANA_SA_TOKEN', lambda g: (lambda b: 'glsa_' + b + '_' + format(__import__('zlib').crc32(('glsa_' + b).encode()) & 0xffffffff, '08x'))(g.an(32))),
    ('atlassian_api_token_atatt', 'JIRA_API_TOKEN', lambda g: 'ATATT3xFfGF0' + g.b64url(140)[:170] + '=' + g.HEX(8)),
    ('gorgias_api_key', 'GORGIAS_API_KEY', lambda g: g.hex(64)),
    ('zendesk_api_token', 'ZENDESK_API_TOKEN', lambda g: g.an(40)),
    ('intercom_access_token_dg9r', 'INTERCOM_TOKEN', lambda g: 'dG9rOj' + g.b64(45).rstrip('=')[:54] + '='),
]

STYLES = [  # fashion-world styles; {K} key name
    ('plm_connector_ini_entry', '[vendor]\n{K}=' + V + '\n'),
    ('factory_erp_appsettings_json_pair', '{{\n  "Integrations": {{ "{K}": "' + V + '" }}\n}}\n'),
    ('marketplace_sync_php_define', "<?php\ndefine('{K}', '" + V + "');\n"),
    ('rfid_gateway_go_const_block', 'package gateway\n\nconst (\n\t{K} = "' + V + '"\n)\n'),
    ('wholesale_app_kotlin_buildconfig_field', 'buildConfigField("String", "{K}", "\\"' + V + '\\"")\n'),
    ('compliance_etl_perl_env_assignment', '$ENV{{{K}}} = \'' + V + '\';\n'),
    ('atelier_fish_universal_export', 'set -Ux {K} ' + V + '\n'),
    ('knitwear_service_haskell_binding', '{k} :: Text\n{k} = "' + V + '"\n'),
    ('merch_ops_ruby_dotenv_line', 'ENV["{K}"] ||= "' + V + '"\n'),
    ('sourcing_desk_chat_paste_line', '[sourcing-desk] ok here is the {K} for the integration, please paste it in the vault and delete this: ' + V + '\n'),
]


def build(seed=12702, vendor_ok=lambda t: True):
    g = G(seed)
    out, dropped = [], []
    for i, (typ, key, gen) in enumerate(VENDORS):
        val = gen(g)
        style, tpl = STYLES[i % len(STYLES)]
        if not vendor_ok(typ):
            dropped.append(typ)
            continue
        k = key.lower()
        k = k[0] + ''.join(p.capitalize() for p in k.split('_'))[1:]
        if typ == 'cloudinary_url_api_secret':
            body = tpl.format(K=key, k=k).replace(V, 'cloudinary://' + g.s(string.digits, 15) + ':' + V + '@lookbook-cdn')
        else:
            body = tpl.format(K=key, k=k)
        text, s, e = place(body, val)
        out.append({'type': typ, 'container': typ + '__' + style, 'text': text,
                    'secrets': [{'value': val, 'start': s, 'end': e, 'type': typ}], 'source': 'vendor'})
    return out, dropped
