"""Hard negatives from the forecourt / car-wash world."""
import hashlib, json
from common142 import G


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)


VT = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(g):
    v = list(g.s(VINCH, 17))
    tot = sum((int(c) if c.isdigit() else VT[c]) * w for c, w in zip(v, VW))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def K(g):  # base kinds: (class, kind, fn)
    h = lambda: hashlib.sha256(g.an(24).encode()).hexdigest()
    return [
        ("dispenser_serial_and_pump_grade_codes", "pump_nameplate_list", lambda: "\n".join("pump %d  S/N %s-%s  grades 01/02/04  meter %s" % (i, g.up(3), g.dig(8), g.hex(6).upper()) for i in range(1, 5))),
        ("dispenser_serial_and_pump_grade_codes", "dispenser_asset_json", lambda: json.dumps({"assetTag": "DSP-" + g.dig(6), "serial": g.up(10), "model": "Encore 700", "firmware": "4.%d.%d" % (g.r.randint(0, 9), g.r.randint(0, 30))})),
        ("atg_inventory_and_leak_test_figures", "inventory_report_rows", lambda: "I20100\nTANK PRODUCT VOLUME TC-VOL ULLAGE HEIGHT WATER\n" + "\n".join("%d  UNL  %d  %d  %d  %.2f  %.2f" % (t, g.r.randint(3000, 20000), g.r.randint(3000, 20000), g.r.randint(1000, 9000), g.r.uniform(20, 90), g.r.uniform(0, 1)) for t in range(1, 4))),
        ("atg_inventory_and_leak_test_figures", "csld_result_line", lambda: "CSLD tank %d PASS rate %.3f gph window %s-%s id %s" % (g.r.randint(1, 4), g.r.uniform(0, 0.2), g.dig(4), g.dig(4), g.hex(12))),
        ("fleet_vehicle_vins_with_check_digit", "fleet_roster_csv", lambda: "unit,vin,plate\n" + "\n".join("%d,%s,%s" % (100 + i, vin(g), g.up(7)) for i in range(3))),
        ("fleet_vehicle_vins_with_check_digit", "fuel_ticket_vehicle_field", lambda: "Vehicle VIN %s odometer %d driver #%s" % (vin(g), g.r.randint(10000, 300000), g.dig(5))),
        ("loyalty_card_numbers_luhn_valid", "member_export_rows", lambda: "\n".join((lambda b: "member %s card %s tier gold" % (g.dig(7), b + luhn_digit(b)))("6" + g.dig(15)) for _ in range(3))),
        ("loyalty_card_numbers_luhn_valid", "receipt_footer_card", lambda: (lambda b: "REWARDS CARD %s  POINTS EARNED %d" % (b + luhn_digit(b), g.r.randint(5, 90)))("7" + g.dig(17))),
        ("wash_tunnel_rfid_epc_tags", "tag_read_log", lambda: "\n".join("READ epc=%s rssi=-%d lane=%d" % (g.hex(24).upper(), g.r.randint(40, 70), g.r.randint(1, 2)) for _ in range(3))),
        ("wash_tunnel_rfid_epc_tags", "membership_vehicle_tag_json", lambda: json.dumps({"member": g.dig(8), "tid": "E280" + g.hex(20).upper(), "plan": "unlimited"})),
        ("ocpp_charge_point_and_evse_ids", "boot_notification_frame", lambda: json.dumps([2, g.uuid(), "BootNotification", {"chargePointSerialNumber": g.up(12), "chargePointVendor": "ExampleEV", "firmwareVersion": "1.%d" % g.r.randint(0, 9)}])),
        ("ocpp_charge_point_and_evse_ids", "evse_id_table", lambda: "\n".join("US*EXA*E%s  idTag %s  connector %d" % (g.dig(6), g.hex(8).upper(), i) for i in range(1, 4))),
        ("pos_approval_stan_and_rrn_refs", "card_receipt_block", lambda: "CARD ****%s\nAUTH %s  STAN %s\nRRN %s  TID %s" % (g.dig(4), g.up(6), g.dig(6), g.dig(12), g.up(8))),
        ("pos_approval_stan_and_rrn_refs", "settlement_batch_json", lambda: json.dumps({"batch": g.dig(6), "rrn": g.dig(12), "approval": g.up(6), "amount": "%.2f" % g.r.uniform(10, 120)})),
        ("client_side_payment_tokenization_keys", "braintree_tokenization_key", lambda: "const tokenizationKey = 'production_%s_%s'; // public, safe in the app bundle" % (g.lo(8), g.lo(16))),
        ("client_side_payment_tokenization_keys", "adyen_client_key_html", lambda: "<div id=\"dropin\" data-client-key=\"live_%s\"></div>" % g.up(32)),
        ("templated_placeholder_credentials", "helm_values_template", lambda: "fleet:\n  apiKey: {{ .Values.fleet.apiKey | quote }}\n  secret: \"${FLEET_SECRET_%s}\"" % g.up(3)),
        ("templated_placeholder_credentials", "env_sample_angle_brackets", lambda: "WEX_CLIENT_SECRET=<paste-from-portal>\nOCPP_AUTH_KEY=xxxxxxxxxxxxxxxxxxxxxxxx\nLOYALTY_API_KEY=REPLACE_WITH_%s_KEY" % g.up(4)),
        ("log_scrubbed_credential_fields", "filtered_rails_log", lambda: "Parameters: {\"site\"=>\"%s\", \"api_key\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\"}" % g.dig(4)),
        ("log_scrubbed_credential_fields", "masked_config_dump", lambda: "forecourt.password = ********\nfleet.client_secret = %s...(masked)\nreq %s" % (g.an(2), g.uuid())),
        ("cloud_secret_manager_paths", "gcp_secret_version_ref", lambda: "projects/%s/secrets/pump-webhook-secret/versions/%d" % (g.dig(12), g.r.randint(1, 9))),
        ("cloud_secret_manager_paths", "k8s_secret_key_ref", lambda: "env:\n  - name: FLEET_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: fleet-%s\n        key: client-secret" % g.lo(5)),
        ("kms_and_sealed_ciphertext_blobs", "sealed_secret_encrypted_data", lambda: "encryptedData:\n  OCPP_AUTH_KEY: Ag" + g.b64(180).rstrip("=")),
        ("kms_and_sealed_ciphertext_blobs", "pgp_message_armour", lambda: "-----BEGIN PGP MESSAGE-----\n\nhQEMA" + g.b64(96) + "\n=" + g.an(4) + "\n-----END PGP MESSAGE-----"),
        ("cashier_password_rules_without_a_value", "till_login_policy", lambda: "Till logins: each cashier chooses a password of at least %d characters at first sign-in; never write it on the till drawer." % g.r.randint(8, 12)),
        ("cashier_password_rules_without_a_value", "reset_request_chat", lambda: "Shift lead %s: forgot my back-office password again, can you trigger a reset? I'll pick a new one." % g.up(1)),
        ("pricebook_and_firmware_digests", "firmware_sha256sums", lambda: "%s  pumpctl-4.%d.bin\n%s  atg-bridge.tar.gz" % (h(), g.r.randint(0, 9), h())),
        ("pricebook_and_firmware_digests", "pricebook_manifest_json", lambda: json.dumps({"file": "pricebook_%s.xml" % g.dig(6), "sha1": hashlib.sha1(g.an(20).encode()).hexdigest(), "crc32": g.hex(8)})),
        ("ocpp_message_ids_and_request_nonces", "idempotency_headers", lambda: "Idempotency-Key: %s\nX-Request-Nonce: %s" % (g.uuid(), g.hex(32))),
        ("ocpp_message_ids_and_request_nonces", "oauth_pkce_redirect", lambda: "https://app.wash.example.com/cb?code_challenge=%s&state=%s" % (g.b64(32, url=True, pad=False), g.an(24))),
        ("integration_guide_sample_credentials", "vendor_quickstart_curl", lambda: "curl -H 'X-Api-Key: EXAMPLE_%s_DO_NOT_USE' https://sandbox.example.com/v1/sites" % g.up(8)),
        ("integration_guide_sample_credentials", "sdk_readme_snippet", lambda: "client = FleetClient(api_key=\"test_key_example_%s\")  # sandbox example from the docs" % g.lo(6)),
    ]


WRAPPERS = [None, "in_forecourt_mattermost_thread", "in_carwash_merge_request_diff", "in_fuel_pos_helpdesk_ticket",
            "in_cstore_it_notion_page", "in_fleet_card_vendor_email"]
WRAP_TPL = {
    "in_forecourt_mattermost_thread": "Mattermost #forecourt-ops\nrk: is this safe to share here?\n```\n{T}\n```",
    "in_carwash_merge_request_diff": "diff --git a/config/site.txt b/config/site.txt\n@@ -1,2 +1,3 @@\n+{T}",
    "in_fuel_pos_helpdesk_ticket": "Ticket #{N} (fuel POS helpdesk)\nCustomer pasted:\n{T}",
    "in_cstore_it_notion_page": "## Store IT notes\n> {T}",
    "in_fleet_card_vendor_email": "Subject: integration check\n\nHello, please see below.\n\n{T}\n\nRegards, vendor support",
}


def build():
    g = G(14206)
    out, n = [], 0
    for cls, kind, fn in K(g):
        for w in WRAPPERS:
            t = fn()
            if w:
                t = WRAP_TPL[w].replace("{N}", g.dig(6)).replace("{T}", t)
            n += 1
            out.append({"id": "p142-n-%04d" % n, "class": cls, "container": kind + ("__" + w if w else ""), "text": t, "source": "negative"})
    return out
