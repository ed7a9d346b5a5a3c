"""Hard negatives from the self-storage / moving world: 16 classes x 2 base kinds x 6 presentations."""
import base64, hashlib, json
from common149 import Gen, AN, LD, HEXL, UP, DIG, B64U

VIN_MAP = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(g):
    v = list(g.s(17, VIN_AL))
    v[8] = "0"
    c = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def b64url(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def gen_class(g, cls, k):
    R = g.R
    if cls == "tenant_ledger_and_unit_ids":
        if k == 0:
            rows = "\n".join(f"{R.randint(100000, 999999)},{R.choice('ABCDE')}-{R.randint(100, 399)},{g.uuid4()},current" for _ in range(3))
            return "ledger_export_rows", "ledger_id,unit,tenant_uuid,status\n" + rows
        return "unit_transfer_log", f"moved tenant {g.uuid4()} from unit {R.choice('ABC')}{R.randint(100, 299)} to {R.choice('DEF')}{R.randint(100, 299)}; ledger {R.randint(10**9, 10**10)} carried over"
    if cls == "truck_vin_and_plate_numbers":
        if k == 0:
            return "fleet_roster_csv", "truck,vin,plate\n" + "\n".join(f"T{R.randint(10, 99)},{vin(g)},{g.s(3, UP)}{R.randint(1000, 9999)}" for _ in range(3))
        return "dot_inspection_note", f"Annual inspection passed for VIN {vin(g)} (plate {g.s(2, UP)}-{R.randint(10000, 99999)}), next due in 12 months."
    if cls == "usdot_and_mc_carrier_numbers":
        if k == 0:
            return "carrier_footer_html", f"<footer>Licensed interstate mover · USDOT {R.randint(1000000, 3999999)} · MC-{R.randint(100000, 999999)}</footer>"
        return "broker_vetting_row", f"carrier=\"{g.s(6, UP)} Moving LLC\" usdot={R.randint(1000000, 3999999)} mc={R.randint(100000, 999999)} safety_rating=Satisfactory"
    if cls == "move_order_and_bill_of_lading_numbers":
        if k == 0:
            return "bill_of_lading_header", f"BILL OF LADING No. BOL-{R.randint(2023, 2025)}-{g.s(8, DIG)}\nOrder for Service {g.s(10, UP + DIG)}\nShipper: M. Okafor"
        return "crew_job_sheet_line", f"Job #{R.randint(10000, 99999)} | order MV{g.s(9, DIG)} | crew 3 | truck 26ft | est 7.5h"
    if cls == "smart_lock_mac_and_ble_serials":
        if k == 0:
            return "lock_inventory_report", "\n".join(f"unit {R.randint(100, 999)}  lock SN {g.s(12, UP + DIG)}  mac " + ":".join(g.s(2, '0123456789ABCDEF') for _ in range(6)) for _ in range(3))
        return "ble_scan_debug_line", f"BLE adv rssi=-{R.randint(40, 90)} addr=" + ":".join(g.s(2, '0123456789abcdef') for _ in range(6)) + f" name=LOCK-{g.s(8, HEXL)} mfg=0x{g.s(4, HEXL)}"
    if cls == "inventory_photo_content_hashes":
        if k == 0:
            return "photo_manifest_json", json.dumps({"room": "kitchen", "photos": [{"file": f"IMG_{R.randint(1000, 9999)}.HEIC", "sha256": hashlib.sha256(g.s(20).encode()).hexdigest()} for _ in range(2)]})
        return "dedupe_worker_log", f"skip duplicate upload phash={g.s(16, HEXL)} md5={hashlib.md5(g.s(20).encode()).hexdigest()}"
    if cls == "firmware_package_sha512_sums":
        if k == 0:
            return "sha512sums_file", f"{hashlib.sha512(g.s(30).encode()).hexdigest()}  gatebridge-{R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(0, 20)}.bin"
        return "release_notes_checksum", f"Keypad firmware 7.{R.randint(0, 9)} — SHA-512: {hashlib.sha512(g.s(30).encode()).hexdigest()} (verify before flashing)"
    if cls == "publishable_and_browser_keys":
        if k == 0:
            return "checkout_page_publishable_key", f"<script>const rentPay = Payments('pk_live_{g.s(24, AN)}');</script>"
        return "map_public_token_config", f"// public, URL-restricted\nmapboxgl.accessToken = 'pk.{b64url({'u': 'unitmap', 'a': g.s(25, LD)})}.{g.s(22, AN)}';"
    if cls == "masked_values_in_pms_exports":
        if k == 0:
            return "pms_settings_export", f"GatewayUser=autopay0417\nGatewayPassword=************\nGatewayKey=****{g.s(4, AN)}"
        return "redacted_support_bundle", "support-bundle/env.txt: LOCK_CLOUD_API_KEY=[REDACTED] PMS_DB_PASSWORD=<redacted> (values removed by bundle tool)"
    if cls == "dotenv_template_placeholders":
        if k == 0:
            return "env_sample_file", "# copy to .env and fill in\nLOCK_CLOUD_API_KEY=\nAUTOPAY_SECRET_KEY=<your-secret-key>\nPMS_DB_PASSWORD=changeme"
        return "readme_quickstart_snippet", "curl -H \"Authorization: Bearer $MOVE_API_TOKEN\" https://api.example.com/v1/quotes  # replace YOUR_TOKEN_HERE"
    if cls == "secret_store_reference_strings":
        if k == 0:
            return "cloudformation_dynamic_refs", "DbPassword: '{{resolve:secretsmanager:prod/pms/db:SecretString:password}}'\nApiKey: '{{resolve:ssm-secure:/autopay/key:3}}'"
        return "onepassword_and_vault_refs", "LOCK_API_KEY=op://Facilities/Noke Cloud/credential\nPMS_DB_PASSWORD=vault:secret/data/pms#password"
    if cls == "sops_and_ansible_vault_ciphertexts":
        if k == 0:
            return "sops_encrypted_yaml", f"gate_admin_pass: ENC[AES256_GCM,data:{g.b64(18)},iv:{g.b64(32)},tag:{g.b64(16)},type:str]"
        body = "\n".join(g.s(80, HEXL) for _ in range(3))
        return "ansible_vault_block", "$ANSIBLE_VAULT;1.1;AES256\n" + body
    if cls == "bcrypt_and_argon2_hash_rows":
        bc = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        if k == 0:
            return "portal_users_table_rows", "\n".join(f"{R.randint(1000, 9999)} | tenant{R.randint(100, 999)}@example.com | $2b$12${g.s(53, bc)}" for _ in range(2))
        return "argon2_hash_in_fixture", f"password_hash: \"$argon2id$v=19$m=65536,t=3,p=4${g.s(22, AN + '+/')}${g.s(43, AN + '+/')}\""
    if cls == "oauth_state_and_csrf_nonces":
        if k == 0:
            return "oauth_callback_url", f"https://portal.example.com/oauth/callback?code_challenge={g.s(43, B64U)}&state={g.s(32, HEXL)}&nonce={g.s(22, B64U)}"
        return "csrf_hidden_input", f'<input type="hidden" name="authenticity_token" value="{g.b64(32)}">'
    if cls == "vendor_docs_example_values":
        if k == 0:
            return "api_reference_example", "Example request:\n  X-Api-Key: 0000000000000000000000000000000000000000\n  (use the key from your dashboard)"
        return "sdk_docstring_example", 'client = LockCloud(api_key="slk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")  # example only'
    if cls == "password_talk_without_value":
        if k == 0:
            return "tenant_portal_help_page", "Forgot your portal password? Click Reset, we'll text a link to the number on your lease. Gate codes are separate and never sent by email."
        return "crew_chat_reset_request", "Dmitri: tablet on truck 14 is asking for the dispatch password again. Marisol: I reset it, it's in the vault under Crew Tablets — don't paste it here."
    if cls == "autopay_transaction_reference_ids":
        if k == 0:
            return "settlement_report_rows", "\n".join(f"txn_{g.s(24, AN)},{R.randint(50, 400)}.00,approved,auth {g.s(6, UP + DIG)}" for _ in range(2))
        return "receipt_email_footer", f"Autopay receipt · reference {g.s(4, UP)}-{g.s(8, DIG)} · card ending {R.randint(1000, 9999)} · unit C-{R.randint(100, 399)}"
    raise KeyError(cls)


CLASSES = ["tenant_ledger_and_unit_ids", "truck_vin_and_plate_numbers", "usdot_and_mc_carrier_numbers",
           "move_order_and_bill_of_lading_numbers", "smart_lock_mac_and_ble_serials", "inventory_photo_content_hashes",
           "firmware_package_sha512_sums", "publishable_and_browser_keys", "masked_values_in_pms_exports",
           "dotenv_template_placeholders", "secret_store_reference_strings", "sops_and_ansible_vault_ciphertexts",
           "bcrypt_and_argon2_hash_rows", "oauth_state_and_csrf_nonces", "vendor_docs_example_values",
           "password_talk_without_value", "autopay_transaction_reference_ids"]
CLASSES = CLASSES[:16] if len(CLASSES) > 16 else CLASSES

WRAPS = [
    ("", "{T}"),
    ("__in_district_ops_teams_thread", "Teams thread #district-ops, Kayla: is this a leak?\n{T}\nReply: no, it's fine."),
    ("__in_pms_integration_pull_request", "PR #1284 (pms-bridge) diff excerpt:\n+ {T}\nReviewer: OK to merge."),
    ("__in_facility_it_zendesk_ticket", "Ticket 40417 (Facility IT): tenant forwarded this, please check\n---\n{T}\n---"),
    ("__in_relocation_wiki_page", "== Relocation platform wiki ==\n{T}\n(last edited by ops)"),
    ("__in_vendor_account_manager_email", "From: account manager\nSubject: re: your integration\n\n{T}\n\nBest, Lee"),
]


def build():
    g = Gen(14906, set())
    out, n, seen = [], 0, set()
    for cls in CLASSES:
        for k in (0, 1):
            for suf, wrap in WRAPS:
                for _ in range(20):
                    base, t = gen_class(g, cls, k)
                    txt = wrap.replace("{T}", t)
                    if txt not in seen:
                        break
                seen.add(txt)
                n += 1
                out.append({"id": f"p149-n-{n:04d}", "class": cls, "container": base + suf, "text": txt, "source": "negative"})
    return out
