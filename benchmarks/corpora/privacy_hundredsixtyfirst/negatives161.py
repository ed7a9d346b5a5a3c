import random, string, hashlib, zlib, base64
from common161 import *
UPH = "0123456789ABCDEF"
VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9]))
W = [8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2]
def vin(r):
    v = [r.choice(VINCH) for _ in range(17)]
    v[8] = "0"
    tot = sum((int(c) if c.isdigit() else TR[c]) * w for c, w in zip(v, W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)
def vin_ok(v):
    tot = sum((int(c) if c.isdigit() else TR[c]) * w for c, w in zip(v, W))
    return v[8] == ("X" if tot % 11 == 10 else str(tot % 11))
def upc(r):
    d = [r.randint(0, 9) for _ in range(11)]
    c = (10 - (sum(d[0::2]) * 3 + sum(d[1::2])) % 10) % 10
    return "".join(map(str, d)) + str(c)
def sha(r, n=64):
    h = hashlib.sha256(s(r, AL, 20).encode()).hexdigest()
    return h[:n]
def crc(r): return "%08X" % zlib.crc32(s(r, AL, 16).encode())

K = {
 "vin_decode_request_log": lambda r: "\n".join("GET /decode/%s -> 200 (%s %d)" % (vin(r), r.choice(["Ford F-150", "Honda Civic", "Toyota RAV4", "Ram 1500"]), r.randint(2008, 2025)) for _ in range(3)),
 "repair_order_vehicle_header": lambda r: "RO #%d  Customer: J. Alvarez\nVIN: %s  Odometer in: %d mi\nPlate: %s" % (r.randint(100000, 999999), vin(r), r.randint(20000, 180000), s(r, string.ascii_uppercase + string.digits, 7)),
 "mode09_calid_cvn_readout": lambda r: "Mode 09 PID 04 CALID: %s\nMode 09 PID 06 CVN:   %s\nECU: 7E8" % (s(r, string.ascii_uppercase + string.digits, 16), s(r, UPH, 8)),
 "reflash_session_checksum_log": lambda r: "flash block 0x%05X ok crc32=%s\nimage sha256=%s\nverify PASS" % (r.randint(0, 0xFFFFF), crc(r), sha(r)),
 "parts_invoice_upc_lines": lambda r: "\n".join("%s  UPC %s  qty %d  $%d.%02d" % (s(r, string.ascii_uppercase + string.digits, 9), upc(r), r.randint(1, 6), r.randint(5, 400), r.randint(0, 99)) for _ in range(3)),
 "catalog_interchange_table": lambda r: "OE part | interchange | supplier sku\n%s | %s | %s" % (s(r, string.digits, 5) + "-" + s(r, string.ascii_uppercase + string.digits, 5), s(r, string.ascii_uppercase + string.digits, 10), s(r, string.ascii_uppercase + string.digits, 12)),
 "tpms_relearn_sensor_ids": lambda r: "TPMS relearn: " + ", ".join("%s=%s" % (p, s(r, UPH, 8)) for p in ["LF", "RF", "RR", "LR"]),
 "tire_dot_registration_rows": lambda r: "\n".join("DOT %s %s %s %02d%02d" % (s(r, "ABCDEFHJKLMNPTUVWXY0123456789", 2), s(r, "ABCDEFHJKLMNPTUVWXY0123456789", 2), s(r, "ABCDEFHJKLMNPTUVWXY0123456789", 4), r.randint(1, 52), r.randint(19, 26)) for _ in range(2)),
 "repair_order_csv_export": lambda r: "ro_number,invoice_id,payment_ref\n%d,INV-%s,%s" % (r.randint(100000, 999999), s(r, string.digits, 8), uuid4(r)),
 "text_to_pay_receipt_refs": lambda r: "Receipt sent to customer: order %s, charge ch_ref %s, public pay link https://pay.shop.example.com/i/%s" % (s(r, string.digits, 10), s(r, UPH, 12), s(r, LC, 10)),
 "passthru_device_info_dump": lambda r: "PassThruReadVersion: fw %d.%d.%d dll %d.%02d api 04.04\nDevice serial: %s\nBoard id: %s" % (r.randint(1, 5), r.randint(0, 9), r.randint(0, 99), r.randint(1, 4), r.randint(0, 99), s(r, string.ascii_uppercase + string.digits, 12), s(r, UPH, 16)),
 "scan_tool_firmware_manifest": lambda r: "{\"package\": \"vci-fw\", \"version\": \"%d.%d\", \"sha256\": \"%s\", \"md5\": \"%s\"}" % (r.randint(1, 9), r.randint(0, 40), sha(r), hashlib.md5(s(r, AL, 9).encode()).hexdigest()),
 "checkout_page_publishable_keys": lambda r: "<script>const pk = 'pk_live_%s'; // publishable, safe in browser</script>" % s(r, AL, 99),
 "square_web_payments_app_id": lambda r: "payments = Square.payments('sq0idp-%s', 'L%s'); // application id + location id are public" % (s(r, AL + "-_", 22), s(r, string.ascii_uppercase + string.digits, 12)),
 "diag_api_masked_log": lambda r: "2026-03-02T08:14:%02dZ vin-api auth key=****%s status=200" % (r.randint(0, 59), s(r, LC, 4)),
 "shop_config_dump_redacted": lambda r: "parts_api_key: [REDACTED]\nsms_token: \"********\"\ndb_password: <hidden by config dump>\nrequest %s" % s(r, HEX, 8),
 "shop_env_sample_file": lambda r: "# copy to .env and fill in\nTEKMETRIC_TOKEN=\nPARTS_API_KEY=<your-parts-key>\nDB_PASSWORD=change_me\nSHOP_ID=%d" % r.randint(100, 9999),
 "helm_values_shop_placeholder": lambda r: "dvi:\n  apiToken: \"{{ .Values.dvi.token }}\"\n  dbPassword: ${DVI_DB_PASSWORD:?set in CI}\n  replicas: %d" % r.randint(1, 4),
 "vault_kv_paths_shop_deploy": lambda r: "parts_key: vault:secret/data/shop/%s#parts_key\ndb: aws-sm://prod/shop-ro/db-%s" % (s(r, LC, 6), s(r, LC, 5)),
 "k8s_secret_key_ref_shop": lambda r: "env:\n- name: VIN_TOKEN\n  valueFrom:\n    secretKeyRef:\n      name: vin-decoder-%s\n      key: token" % s(r, LC, 5),
 "ansible_vault_dealer_vars": lambda r: "dms_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s" % (s(r, "0123456789", 1) + s(r, HEX, 63), s(r, HEX, 64)),
 "dpapi_protected_config_blob": lambda r: "<add key=\"DmsPassword\" value=\"AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA%s\" protected=\"dpapi\" />" % b64(r, 60),
 "uds_security_access_seed_trace": lambda r: "-> 27 01\n<- 67 01 %s\n(seed only; key computed by OEM tool)" % " ".join(s(r, UPH, 2) for _ in range(4)),
 "dvi_upload_request_ids": lambda r: "X-Request-Id: %s\nX-Upload-Nonce: %s\nETag: \"%s\"" % (uuid4(r), s(r, HEX, 24), hashlib.md5(s(r, AL, 7).encode()).hexdigest()),
 "shop_password_policy_memo": lambda r: "Memo #%d: service advisors must change the shop system password every 90 days; never write it on the whiteboard or text it to techs." % r.randint(10, 99),
 "tech_reset_chat_without_value": lambda r: "Tech %d: locked out of the scan tool again\nIT: reset sent to your phone, pick a new password at the kiosk, don't paste it here" % r.randint(1, 9),
 "vin_api_docs_curl_example": lambda r: "curl -H 'X-Api-Key: YOUR_API_KEY' https://api.vin.example.com/v%d/decode/1HGCM82633A004352" % r.randint(1, 3),
 "parts_sdk_readme_sample_key": lambda r: "client = PartsClient(api_key=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")  # replace with your key (docs v%d)" % r.randint(1, 9),
 "git_and_image_digests_shop_repo": lambda r: "commit %s\nimage shop-api@sha256:%s" % (hashlib.sha1(s(r, AL, 12).encode()).hexdigest(), sha(r)),
 "lockfile_integrity_hashes": lambda r: "\"obd-parser\": { \"version\": \"2.%d.0\", \"integrity\": \"sha512-%s\" }" % (r.randint(0, 9), base64.b64encode(hashlib.sha512(s(r, AL, 10).encode()).digest()).decode()),
 "alignment_calibration_report": lambda r: "Calibration %s  sensor heads LF %s RF %s  crc %s" % (s(r, string.digits, 8), s(r, UPH, 10), s(r, UPH, 10), crc(r)),
 "adas_target_and_camera_ids": lambda r: "ADAS calib: target board %s, camera module %s, session %s" % (s(r, string.ascii_uppercase + string.digits, 10), s(r, UPH, 14), uuid4(r)),
}
CLASSES = [
 ("vin_numbers_with_valid_check_digit", ["vin_decode_request_log", "repair_order_vehicle_header"]),
 ("ecu_calibration_ids_and_checksums", ["mode09_calid_cvn_readout", "reflash_session_checksum_log"]),
 ("parts_numbers_and_upc_barcodes", ["parts_invoice_upc_lines", "catalog_interchange_table"]),
 ("tpms_sensor_and_tire_dot_codes", ["tpms_relearn_sensor_ids", "tire_dot_registration_rows"]),
 ("repair_order_and_payment_references", ["repair_order_csv_export", "text_to_pay_receipt_refs"]),
 ("vci_device_serials_and_firmware_hashes", ["passthru_device_info_dump", "scan_tool_firmware_manifest"]),
 ("browser_safe_payment_identifiers", ["checkout_page_publishable_keys", "square_web_payments_app_id"]),
 ("masked_values_in_shop_logs", ["diag_api_masked_log", "shop_config_dump_redacted"]),
 ("empty_and_template_shop_settings", ["shop_env_sample_file", "helm_values_shop_placeholder"]),
 ("secret_store_locators_in_shop_deploys", ["vault_kv_paths_shop_deploy", "k8s_secret_key_ref_shop"]),
 ("vaulted_and_dpapi_ciphertext", ["ansible_vault_dealer_vars", "dpapi_protected_config_blob"]),
 ("uds_seeds_and_request_nonces", ["uds_security_access_seed_trace", "dvi_upload_request_ids"]),
 ("shop_talk_about_passwords_only", ["shop_password_policy_memo", "tech_reset_chat_without_value"]),
 ("vendor_docs_sample_credentials", ["vin_api_docs_curl_example", "parts_sdk_readme_sample_key"]),
 ("build_digests_in_shop_repos", ["git_and_image_digests_shop_repo", "lockfile_integrity_hashes"]),
 ("alignment_and_adas_calibration_ids", ["alignment_calibration_report", "adas_target_and_camera_ids"]),
]
WRAPS = [
 ("", "{T}"),
 ("__in_service_advisor_teams_chat", "Service advisor (Teams): can someone check this?\n{T}"),
 ("__in_shop_repo_bitbucket_pr_comment", "PR #214 review comment on the diff:\n```\n{T}\n```"),
 ("__in_dealer_it_freshservice_ticket", "Freshservice ticket body:\n{T}\n-- sent from the service lane"),
 ("__in_tech_training_notion_page", "Training notes (not secrets):\n{T}"),
 ("__in_supplier_support_email", "Hi parts support,\nplease see below.\n\n{T}\n\nThanks, counter team"),
]
