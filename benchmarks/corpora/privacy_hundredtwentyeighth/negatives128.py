"""Hard negatives from the water-utility world (p128)."""
import hashlib
from common128 import *

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def crc16_modbus(b):
    crc = 0xFFFF
    for x in b:
        crc ^= x
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc

def lines(rng, cls, kind):
    R = rng
    if kind == "ami_meter_serial_csv":
        return "meter_serial,mxu_id,size_in\n" + "\n".join("%s,%d,%s" % (R.choice(["SN", "KM", "NP"]) + str(R.randint(10**8, 10**9 - 1)), R.randint(10**9, 2 * 10**9), R.choice(["5/8", "3/4", "1", "2"])) for _ in range(3))
    if kind == "mxu_endpoint_install_log":
        return "\n".join("2026-03-%02d install endpoint %s radio %s on meter %d" % (R.randint(1, 28), rhex(R, 8, upper=True), rhex(R, 12, upper=True), R.randint(10**7, 10**8)) for _ in range(3))
    if kind == "billing_account_premise_export":
        out = []
        for _ in range(3):
            a = str(R.randint(10**8, 10**9 - 1)); out.append("acct=%s%s premise=P-%06d cycle=%02d" % (a, luhn_digit(a), R.randint(0, 999999), R.randint(1, 20)))
        return "\n".join(out)
    if kind == "bill_print_file_header":
        return "BILLPRT|RUN=%d|BATCH=%s|ACCT_CNT=%d|MICR=%s" % (R.randint(1000, 9999), rhex(R, 10, upper=True), R.randint(100, 9000), "".join(R.choice("0123456789") for _ in range(20)))
    if kind == "hydrant_asset_geojson":
        return '{"type":"Feature","properties":{"FACILITYID":"HYD-%05d","GlobalID":"{%s}","ASSETGUID":"%s"}}' % (R.randint(0, 99999), ruuid(R).upper(), ruuid(R))
    if kind == "water_main_segment_table":
        return "\n".join("MAIN-%s-%04d  %s  DI  %d in" % (R.choice("NSEW"), R.randint(0, 9999), ruuid(R), R.choice([6, 8, 12, 16])) for _ in range(3))
    if kind == "opc_ua_node_id_list":
        return "\n".join("ns=2;g=%s  (%s)" % (ruuid(R), R.choice(["WetWell.Level", "Pump1.Run", "Cl2.Residual", "FT101.Flow"])) for _ in range(3))
    if kind == "historian_tag_path_export":
        return "\n".join("\\\\PIHIST\\%s.%s.PV  pointid=%d" % (R.choice(["WTP1", "LS14", "BOOST5"]), rs(R, 6, string.ascii_uppercase), R.randint(10**4, 10**6)) for _ in range(3))
    if kind == "lab_chain_of_custody_form":
        return "COC #%s  sample ids: %s  bottle lot %s" % (R.randint(10**5, 10**6), ", ".join("WQ-26-%05d" % R.randint(0, 99999) for _ in range(3)), rhex(R, 8, upper=True))
    if kind == "lims_result_batch_csv":
        return "batch_id,sample_id,analyte,result\n" + "\n".join("%s,S%07d,%s,%.3f" % (rhex(R, 12), R.randint(0, 9999999), R.choice(["TTHM", "Pb", "NO3", "E.coli"]), R.random()) for _ in range(3))
    if kind == "pwsid_registry_table":
        return "\n".join("PWSID %s%07d  %s" % (R.choice(["CA", "TX", "OH", "WA"]), R.randint(0, 9999999), R.choice(["community", "non-transient"])) for _ in range(3))
    if kind == "npdes_permit_header":
        return "NPDES Permit No. %s%07d  Outfall %03d  DMR period %d-Q%d" % (R.choice(["MN", "PA", "FL"]), R.randint(0, 9999999), R.randint(1, 20), 2026, R.randint(1, 4))
    if kind == "basemap_public_token_js":
        return "mapboxgl.accessToken = 'pk.%s.%s'; // public, URL-restricted" % (b64u_json({"u": "utility-maps", "a": rs(R, 25, string.ascii_lowercase + string.digits)}), rs(R, 22, AL + "-_"))
    if kind == "portal_recaptcha_site_key_html":
        return '<div class="g-recaptcha" data-sitekey="6L%s"></div>' % rs(R, 38, AL + "-_")
    if kind == "headend_admin_screen_masked_rows":
        return "\n".join("%s  secret: %s%s  last used %d days ago" % (R.choice(["ami-headend", "cis-batch", "gis-sync"]), rs(R, 4), "*" * 20, R.randint(1, 90)) for _ in range(3))
    if kind == "telemetry_log_redacted_auth":
        return "rtu-%02d auth ok user=telemetry password=[REDACTED] token=<masked len=%d>" % (R.randint(1, 99), R.choice([32, 40, 64]))
    if kind == "dotenv_example_placeholders":
        return "HISTORIAN_PASSWORD=<your-historian-password>\nAMI_API_KEY=YOUR_AMI_API_KEY_HERE\nLIMS_SECRET=changeme\nRTU_KEY=%s" % ("x" * R.choice([24, 32]))
    if kind == "vendor_api_doc_example_request":
        return "curl -H 'Authorization: Bearer {{access_token}}' https://api.vendor.example.com/v%d/meters?page=%d" % (R.randint(1, 3), R.randint(1, 9))
    if kind == "vault_kv_lookup_template":
        return "historian_pw: \"{{ lookup('community.hashi_vault.vault_kv2_get', 'scada/historian-%d').secret.password }}\"" % R.randint(1, 9)
    if kind == "secrets_manager_arn_reference":
        return "CIS_DB_SECRET_ARN=arn:aws:secretsmanager:us-west-2:%012d:secret:cis/batch-%s" % (R.randint(0, 10**12 - 1), rs(R, 6))
    if kind == "jasypt_enc_property":
        return "spring.datasource.password=ENC(%s)" % rb64(R, 48)
    if kind == "sops_encrypted_yaml_value":
        return "historian_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rb64(R, 18), rb64(R, 32), rb64(R, 16))
    if kind == "outage_notice_mail_reset_talk":
        return "Dear customer, due to the main break on %s Ave your online account was locked. Use 'Forgot password' to set a new one; we will never ask for your password by phone." % R.choice(["Elm", "Oak", "Harbor", "Mill"])
    if kind == "operator_chat_asks_for_login":
        return "anyone know the login for the new lift station panel? the sheet says ask %s, password not in the binder" % R.choice(["Priya", "Tom", "Lena", "Ahmed"])
    if kind == "rtu_firmware_sha256_manifest":
        return "\n".join("%s  rtu-fw-%d.%d.bin" % (hashlib.sha256(rs(R, 20).encode()).hexdigest(), R.randint(1, 5), R.randint(0, 20)) for _ in range(2))
    if kind == "dmr_report_md5_listing":
        return "\n".join("MD5 (dmr_2026_%02d.pdf) = %s" % (R.randint(1, 12), hashlib.md5(rs(R, 20).encode()).hexdigest()) for _ in range(2))
    if kind == "lorawan_device_registry_csv":
        return "dev_eui,join_eui,model\n" + "\n".join("%s,%s,%s" % (rhex(R, 16, upper=True), rhex(R, 16, upper=True), R.choice(["level-sensor", "acoustic-logger"])) for _ in range(3))
    if kind == "gateway_eui_inventory":
        return "\n".join("gateway %s eui=%s site=%s" % (R.randint(1, 40), rhex(R, 16), R.choice(["Tank 3", "WTP roof", "Booster 5"])) for _ in range(3))
    if kind == "work_order_queue_export":
        return "\n".join("WO-%d-%06d  %s" % (2026, R.randint(0, 999999), R.choice(["valve exercise", "hydrant flush", "meter swap"])) for _ in range(3))
    if kind == "outage_ticket_references":
        return "Outage %s (ref OUT-%s) affects %d services; crew ticket %s" % (rhex(R, 10, upper=True), rs(R, 8, string.ascii_uppercase + string.digits), R.randint(5, 900), ruuid(R))
    if kind == "modbus_frame_crc_dump":
        fr = bytes([R.randint(1, 247), 3, 0, R.randint(0, 255), 0, R.randint(1, 20)])
        c = crc16_modbus(fr)
        return "TX %s %02X %02X  (CRC16 ok)" % (fr.hex(" ").upper(), c & 255, c >> 8)
    if kind == "register_map_table":
        return "\n".join("4%04d  %s  float32  scale 0.%d  sig=0x%s" % (R.randint(0, 9999), R.choice(["WetWellLevel", "DischargePressure", "RunHours"]), R.randint(1, 9), rhex(R, 8, upper=True)) for _ in range(3))
    raise KeyError(kind)

CLASSES = [
 ("meter_serials_and_mxu_endpoint_ids", ["ami_meter_serial_csv", "mxu_endpoint_install_log"]),
 ("customer_account_and_premise_numbers", ["billing_account_premise_export", "bill_print_file_header"]),
 ("gis_facility_ids_and_asset_guids", ["hydrant_asset_geojson", "water_main_segment_table"]),
 ("scada_tag_paths_and_node_ids", ["opc_ua_node_id_list", "historian_tag_path_export"]),
 ("lab_sample_and_custody_numbers", ["lab_chain_of_custody_form", "lims_result_batch_csv"]),
 ("regulatory_system_and_permit_numbers", ["pwsid_registry_table", "npdes_permit_header"]),
 ("public_map_and_captcha_site_keys", ["basemap_public_token_js", "portal_recaptcha_site_key_html"]),
 ("masked_utility_service_credentials", ["headend_admin_screen_masked_rows", "telemetry_log_redacted_auth"]),
 ("utility_config_template_placeholders", ["dotenv_example_placeholders", "vendor_api_doc_example_request"]),
 ("secret_store_pointer_expressions", ["vault_kv_lookup_template", "secrets_manager_arn_reference"]),
 ("encrypted_property_values", ["jasypt_enc_property", "sops_encrypted_yaml_value"]),
 ("outage_notice_password_talk_without_value", ["outage_notice_mail_reset_talk", "operator_chat_asks_for_login"]),
 ("firmware_and_report_digests", ["rtu_firmware_sha256_manifest", "dmr_report_md5_listing"]),
 ("lorawan_device_and_gateway_euis", ["lorawan_device_registry_csv", "gateway_eui_inventory"]),
 ("work_order_and_outage_ticket_numbers", ["work_order_queue_export", "outage_ticket_references"]),
 ("modbus_register_maps_and_frame_crcs", ["modbus_frame_crc_dump", "register_map_table"]),
]
WRAPPERS = [
 (None, "{B}"),
 ("in_control_room_chat", "[09:14] shift-lead: pasting this for the morning check\n{B}"),
 ("in_scada_merge_request_review", "Review comment on MR !%d:\n```\n{B}\n```\nlooks fine to me"),
 ("in_vendor_support_case", "Support case update: customer attached the following\n{B}\n-- Tier 2"),
 ("in_plant_runbook_page", "## Runbook: nightly checks\n{B}\n"),
 ("in_regulator_liaison_email", "Hello,\nplease find the requested extract below.\n\n{B}\n\nRegards, Compliance"),
]

def build(rng):
    out = []
    for cls, kinds in CLASSES:
        for kind in kinds:
            for wname, wt in WRAPPERS:
                body = lines(rng, cls, kind)
                w = wt.replace("%d", str(rng.randint(100, 999)))
                text = w.replace("{B}", body)
                cont = kind if wname is None else kind + "__" + wname
                out.append({"class": cls, "container": cont, "text": text, "source": "negative"})
    return out, CLASSES, [w for w, _ in WRAPPERS if w]
