"""Hard negatives from the agri / food-supply-chain world (nothing here is a credential)."""
import random, hashlib
from common107 import rs, uuid4, HEX, HEXU, ALNUM, LOWNUM, UPNUM, B64

SEED = 10706


def gs1_check(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        s += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def epcis_event_json(r):
    cp = "0614141"
    ref = _digits(r, 5)
    return ('{"type":"ObjectEvent","eventTime":"2024-0%d-1%dT08:%02d:00Z","action":"OBSERVE","bizStep":"shipping",'
            '"epcList":["urn:epc:id:sgtin:%s.%s.%s","urn:epc:id:sgtin:%s.%s.%s"],"eventID":"ni:///sha-256;%s?ver=CBV2.0"}'
            % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59), cp, ref, _digits(r, 9), cp, ref, _digits(r, 9), rs(r, HEX, 64)))


def sgtin_digital_link(r):
    g = "0" + _digits(r, 12)
    g = g + gs1_check(g)
    return "Scanned pallet label -> https://id.gs1.example.org/01/%s/10/LOT%s/21/%s (digital link, public)" % (g, _digits(r, 4), _digits(r, 8))


def gtin_sscc_label(r):
    g = "1" + _digits(r, 12)
    g += gs1_check(g)
    s = "3" + _digits(r, 16)
    s += gs1_check(s)
    return "(01) %s (15) 2412%02d (10) B%s\n(00) %s" % (g, r.randint(1, 28), _digits(r, 5), s)


def gs1_csv(r):
    rows = ["gtin,description,case_qty"]
    for _ in range(3):
        g = "0" + _digits(r, 12)
        rows.append("%s%s,%s,%d" % (g, gs1_check(g), r.choice(["Gala apples 18kg", "Romaine 24ct", "Russet 50lb", "Blueberries 12x6oz"]), r.choice([12, 24, 40])))
    return "\n".join(rows)


def eid_tag_listing(r):
    return "\n".join("982 %012d  heifer %s  pen %d" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, UPNUM, 4), r.randint(1, 9)) for _ in range(3))


def eid_reader_json(r):
    return '{"reader":"XRS2-%s","reads":[{"eid":"840003%09d","rssi":-%d},{"eid":"840003%09d","rssi":-%d}]}' % (
        _digits(r, 6), r.randint(0, 10 ** 9 - 1), r.randint(40, 80), r.randint(0, 10 ** 9 - 1), r.randint(40, 80))


def isobus_name_dump(r):
    return "ISOBUS address claim: SA=0x%02X NAME=0x%s (mfr %d, function %d)\nTC client DDOP label: %s" % (
        r.randint(0x80, 0xF7), rs(r, HEXU, 16), r.randint(1, 1500), r.randint(0, 130), rs(r, UPNUM, 7))


def taskdata_xml_ids(r):
    return '<ISO11783_TaskData VersionMajor="4"><DVC A="DVC-%d" B="Sprayer" D="%s" E="%s"/><TSK A="TSK%d" B="Field %d"/></ISO11783_TaskData>' % (
        r.randint(1, 9), rs(r, HEXU, 16), rs(r, HEXU, 14), r.randint(1, 99), r.randint(1, 60))


def sentinel_scene_ids(r):
    return "S2%s_MSIL2A_2024%02d%02dT1%05d_N0510_R%03d_T14T%s_2024%02d%02dT%06d.SAFE" % (
        r.choice("AB"), r.randint(1, 12), r.randint(1, 28), r.randint(0, 99999), r.randint(1, 143), rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2),
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))


def landsat_product_list(r):
    return "\n".join("LC09_L2SP_%03d%03d_2024%02d%02d_2024%02d%02d_02_T1" % (
        r.randint(1, 233), r.randint(1, 248), r.randint(1, 12), r.randint(1, 28), r.randint(1, 12), r.randint(1, 28)) for _ in range(3))


def recaptcha_site_key_html(r):
    return '<div class="g-recaptcha" data-sitekey="6L%s"></div>  <!-- co-op order form, site key is public -->' % rs(r, ALNUM + "-_", 38)


def algolia_search_only_js(r):
    return "const search = algoliasearch('%s', '%s'); // search-only key, safe in the browser (produce catalogue)" % (rs(r, UPNUM, 10), rs(r, HEX, 32))


def grain_ticket_csv(r):
    rows = ["ticket,truck,commodity,net_bu,moisture"]
    for _ in range(3):
        rows.append("T%07d,%s,%s,%d.%d,%d.%d" % (r.randint(0, 9999999), rs(r, UPNUM, 6), r.choice(["YC", "SB", "HRW"]), r.randint(800, 1100), r.randint(0, 9), r.randint(12, 17), r.randint(0, 9)))
    return "\n".join(rows)


def lot_code_labels(r):
    return "Lot %s%s-%s  packed %s  line %d" % (r.choice(["WA", "CA", "MX"]), _digits(r, 3), rs(r, UPNUM, 6), "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), r.randint(1, 6))


def logger_serial_inventory(r):
    return "\n".join("TT-%s  BLE %s  reefer %s" % (_digits(r, 8), ":".join(rs(r, HEXU, 2) for _ in range(6)), rs(r, UPNUM, 4) + _digits(r, 6)) for _ in range(3))


def probe_mac_yaml(r):
    return "probes:\n" + "".join("  - dev_eui: %s\n    mac: %s\n" % (rs(r, HEXU, 16), "-".join(rs(r, HEXU, 2) for _ in range(6))) for _ in range(2))


def imagery_md5_manifest(r):
    return "\n".join("%s  ortho_field%02d_2024.tif" % (rs(r, HEX, 32), r.randint(1, 60)) for _ in range(3))


def safe_manifest_sha(r):
    return '<dataObject ID="IMG_DATA_B%02d"><checksum checksumName="SHA3-256">%s</checksum></dataObject>' % (r.randint(1, 12), rs(r, HEX, 64))


def masked_portal_row(r):
    return "| %s | client secret | ••••••••%s | created 2024-%02d-%02d |" % (r.choice(["Deere Ops Center", "FieldView", "Agworld"]), rs(r, ALNUM, 4), r.randint(1, 12), r.randint(1, 28))


def redacted_log_line(r):
    return "2024-%02d-%02dT06:%02d:11Z INFO fieldsync: POST /token Authorization: Bearer [REDACTED] status=200 req=%s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59), rs(r, LOWNUM, 12))


def env_example_placeholders(r):
    return "# .env.example for %s\nJOHN_DEERE_CLIENT_ID=<your-client-id>\nJOHN_DEERE_CLIENT_SECRET=<your-client-secret>\nWEATHERLINK_API_SECRET=changeme" % r.choice(["farm-sync", "pivot-bridge", "yield-api"])


def docs_curl_placeholder(r):
    return "curl -H 'Authorization: Bearer {ACCESS_TOKEN}' https://sandboxapi.example.com/platform/organizations/%d/fields" % r.randint(100000, 999999)


def keyvault_reference(r):
    return "DEERE_CLIENT_SECRET=@Microsoft.KeyVault(SecretUri=https://kv-farm-%s.vault.azure.net/secrets/deere-secret/)" % rs(r, LOWNUM, 5)


def gcp_secret_path(r):
    return "valueFrom: projects/agri-%s/secrets/%s/versions/latest" % (rs(r, LOWNUM, 6), r.choice(["fieldview-token", "lns-key", "epcis-bearer"]))


def sops_encrypted_yaml(r):
    return "lns_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]" % (rs(r, B64, 48), rs(r, B64, 43) + "=", rs(r, B64, 22))


def sealed_secret_manifest(r):
    return "kind: SealedSecret\nspec:\n  encryptedData:\n    WEATHERLINK_API_SECRET: Ag%s" % rs(r, B64, 120)


def authorize_url_public(r):
    return "https://signin.example.com/oauth2/default/v1/authorize?client_id=0oa%s&response_type=code&scope=ag1%%20org1&state=%s&code_challenge=%s" % (rs(r, ALNUM, 17), rs(r, LOWNUM, 16), rs(r, ALNUM + "-_", 43))


def webhook_verification_echo(r):
    return '{"challenge":"%s","subscriptionId":"%s"}  <- echoed back during webhook setup, not a secret' % (rs(r, ALNUM, 32), uuid4(r))


def policy_howto(r):
    return r.choice(["Scale-house staff: reset your portal password from the login page; it must be 14+ characters and we never ask for it by phone.",
                     "Reminder for harvest crew: the pivot panel password lives in the farm password manager under 'Irrigation', do not write it on the panel.",
                     "IT note: passwords for the elevator HMI rotate every 90 days; ask Marta if yours expired."]) + " (ref %d)" % r.randint(100, 999)


def chat_where_is_password(r):
    return r.choice(["does anyone know where the drone upload password is kept? not asking you to paste it, just where",
                     "the new weather station needs an api secret, I'll put it in Vault, not here",
                     "who changed the cold store gateway password? the old one stopped working this morning"]) + " #%d" % r.randint(10, 99)


def station_id_list(r):
    return "\n".join("WMO %05d  Davis DID %s  Tempest ST-%08d" % (r.randint(10000, 99999), rs(r, HEXU, 12), r.randint(0, 10 ** 8 - 1)) for _ in range(2))


def ntrip_sourcetable(r):
    return "STR;FARM_%s;%s;RTCM 3.2;1004(1),1006(10);2;GPS+GLO;SNIP;USA;%0.2f;%0.2f;1;0;sNTRIP;none;B;N;%d;" % (
        rs(r, UPNUM, 4), r.choice(["Ames", "Fargo", "Salina"]), r.uniform(35, 48), -r.uniform(90, 104), r.randint(1000, 9600))


CLASSES = {
 "epcis_traceability_event_identifiers": (epcis_event_json, sgtin_digital_link),
 "gs1_trade_item_codes_with_check_digit": (gtin_sscc_label, gs1_csv),
 "livestock_electronic_ear_tag_numbers": (eid_tag_listing, eid_reader_json),
 "isobus_device_name_and_ddop_ids": (isobus_name_dump, taskdata_xml_ids),
 "earth_observation_scene_identifiers": (sentinel_scene_ids, landsat_product_list),
 "browser_public_site_keys": (recaptcha_site_key_html, algolia_search_only_js),
 "grain_scale_ticket_and_lot_numbers": (grain_ticket_csv, lot_code_labels),
 "cold_chain_logger_serials_and_radio_ids": (logger_serial_inventory, probe_mac_yaml),
 "orthomosaic_and_product_checksums": (imagery_md5_manifest, safe_manifest_sha),
 "masked_farm_platform_credentials": (masked_portal_row, redacted_log_line),
 "agri_integration_placeholder_values": (env_example_placeholders, docs_curl_placeholder),
 "cloud_secret_store_lookups": (keyvault_reference, gcp_secret_path),
 "sops_and_sealed_ciphertexts": (sops_encrypted_yaml, sealed_secret_manifest),
 "oauth_public_request_parameters": (authorize_url_public, webhook_verification_echo),
 "farm_staff_password_talk_without_value": (policy_howto, chat_where_is_password),
 "weather_and_gnss_station_identifiers": (station_id_list, ntrip_sourcetable),
}

BASE_NAMES = {
 epcis_event_json: "epcis_object_event_json", sgtin_digital_link: "gs1_digital_link_scan_line",
 gtin_sscc_label: "gs1_128_pallet_label_text", gs1_csv: "produce_item_master_csv",
 eid_tag_listing: "fdx_b_tag_register_listing", eid_reader_json: "stick_reader_session_json",
 isobus_name_dump: "isobus_address_claim_trace", taskdata_xml_ids: "iso_xml_taskdata_device_element",
 sentinel_scene_ids: "sentinel_two_safe_product_name", landsat_product_list: "landsat_collection_product_ids",
 recaptcha_site_key_html: "captcha_site_key_form_snippet", algolia_search_only_js: "catalogue_search_only_key_init",
 grain_ticket_csv: "scale_house_ticket_export_csv", lot_code_labels: "packhouse_lot_label_line",
 logger_serial_inventory: "reefer_logger_inventory_rows", probe_mac_yaml: "soil_probe_dev_eui_yaml",
 imagery_md5_manifest: "drone_ortho_md5sum_listing", safe_manifest_sha: "safe_manifest_checksum_element",
 masked_portal_row: "farm_portal_masked_secret_row", redacted_log_line: "fieldsync_redacted_bearer_log",
 env_example_placeholders: "farm_sync_env_example_file", docs_curl_placeholder: "machinery_api_docs_curl_braces",
 keyvault_reference: "function_app_keyvault_reference", gcp_secret_path: "cloud_run_secret_version_path",
 sops_encrypted_yaml: "sops_enc_bracket_value", sealed_secret_manifest: "bitnami_sealed_secret_blob",
 authorize_url_public: "oauth_authorize_url_with_pkce", webhook_verification_echo: "webhook_challenge_echo_body",
 policy_howto: "scale_house_password_policy_note", chat_where_is_password: "crew_chat_asks_where_secret_lives",
 station_id_list: "weather_mast_station_id_table", ntrip_sourcetable: "ntrip_caster_sourcetable_row",
}

WRAPS = [
 ("", "{T}"),
 ("__in_agtech_forum_thread", "Posted in the farm-software forum:\n> {T}\nIs this something I need to hide before sharing?"),
 ("__in_harvest_ops_log", "[harvest-ops] 2024-09-14 05:02 note\n{T}\n[harvest-ops] end of note"),
 ("__in_coop_it_ticket", "Co-op IT ticket 7731\nAttached excerpt:\n{T}\nStatus: waiting for vendor"),
 ("__in_traceability_pr_review", "Review comment on traceability PR:\n```\n{T}\n```\nLooks fine to commit."),
 ("__in_agronomy_wiki_page", "Agronomy wiki / integrations\n\n{T}\n\n(last edited by the data team)"),
]


def generate():
    rng = random.Random(SEED)
    recs = []
    for cls, gens in CLASSES.items():
        for g in gens:
            for suffix, wrap in WRAPS:
                t = g(rng)
                recs.append({"class": cls, "container": BASE_NAMES[g] + suffix, "text": wrap.replace("{T}", t), "source": "negative"})
    return recs


BASE_KIND_NAMES = list(BASE_NAMES.values())
WRAP_NAMES = [w[0][2:] for w in WRAPS if w[0]]
