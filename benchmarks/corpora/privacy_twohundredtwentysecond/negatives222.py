"""Hard negatives: texts of the locksmith world with no secret in them."""
import base64
import hashlib
import json
import random
import struct

from common222 import rand, rbytes, uuid4, b64u_nopad

SEED = 22206
WRAPPERS = ["", "__in_workshop_teams_thread", "__in_lock_helpdesk_ticket", "__in_shop_email_chain",
            "__in_locksmith_forum_post"]

# ------------------------------------------------------------- check-digit helpers
VIN_T = {**{str(d): d for d in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def make_vin(rng):
    v = list(rng.choice(["1FT", "2HG", "3VW", "1G1", "5YJ"]) + rand(rng, VIN_A, 5) + "0" + rand(rng, VIN_A, 8))
    v[8] = vin_check(v)
    return "".join(v)


def vin_valid(v):
    return len(v) == 17 and v[8] == vin_check(v)


def gs1_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def make_gtin14(rng):
    body = str(rng.randint(1, 8)) + "50" + rand(rng, "d", 10)
    return body + gs1_check(body)


def gtin_valid(g):
    return g[-1] == gs1_check(g[:-1])


def ssh_ed25519_pub(rng):
    key = rbytes(rng, 32)
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + key
    fp = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    return base64.b64encode(blob).decode(), fp


BCRYPT_A = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def colon_hex(b):
    return ":".join("%02X" % x for x in b)


# ------------------------------------------------------------- base kinds
def k_key_code_order_form(r):
    return ("KEY CODE ORDER - Harbourside Locks\nCustomer ref: HL-%05d\nSystem: Kaba 8 restricted, key code %s%04d\n"
            "Blank: %s   Bitting: %d-%d-%d-%d-%d   Qty: %d\nAuthorised signatory card on file: yes\n"
            % (r.randint(1, 99999), r.choice(["FH", "KA", "MK", "SK"]), r.randint(1, 9999),
               r.choice(["UL050", "YA1", "ERR1", "AB62"]), *[r.randint(1, 7) for _ in range(5)], r.randint(1, 6)))


def k_key_machine_cut_log(r):
    lines = ["time,machine,blank,code,bitting,operator"]
    for _ in range(4):
        lines.append("%02d:%02d,Futura-%d,%s,%s%04d,%s,%s" % (
            r.randint(8, 17), r.randint(0, 59), r.randint(1, 3), r.choice(["UL050", "CS72", "SC1", "KW1"]),
            r.choice(["Y", "A", "K"]), r.randint(1, 9999), "".join(str(r.randint(1, 9)) for _ in range(5)),
            r.choice(["kp", "sw", "mo"])))
    return "\n".join(lines) + "\n"


def k_cylinder_spec_sheet(r):
    return ("Euro cylinder spec\nStandard: BS EN 1303:2015 grade 1-6-B-0-C-D-%d\nTS 007:2014 3-star, Kitemark licence KM %06d\n"
            "Sizes stocked: 35/35, 40/45, 45/50   Batch: EC-%s   Anti-snap: SS312 Diamond\n"
            % (r.randint(3, 6), r.randint(100000, 999999), rand(r, "uan", 8)))


def k_insurance_lock_schedule(r):
    return ("Insurance lock schedule (BS 3621:2007+A2:2012)\nFront door: 5-lever mortice deadlock, BS kitemark KM %06d\n"
            "Back door: multipoint, TS 007 3-star cylinder, serial %s-%05d\nSurveyor ref: INS/%d/%04d\n"
            % (r.randint(100000, 999999), rand(r, "u", 3), r.randint(0, 99999), r.randint(2024, 2026), r.randint(1, 9999)))


def k_safe_service_certificate(r):
    return ("SAFE SERVICE CERTIFICATE No. SSC-%06d\nSafe: EN 1143-1 Grade %s, serial %s%07d\nLock: electronic, body serial %s\n"
            "Relocker tested: pass   Bolt work lubricated   Next service: %02d/%d\n"
            % (r.randint(1, 999999), r.choice(["I", "II", "III", "IV"]), rand(r, "u", 2), r.randint(0, 9999999),
               rbytes(r, 8).hex().upper(), r.randint(1, 12), r.randint(2026, 2027)))


def k_safe_lock_inventory_csv(r):
    lines = ["lock_model,body_serial,firmware,site"]
    for _ in range(3):
        lines.append("%s,%s,%d.%d.%d,%s" % (r.choice(["6120-300", "Axessor", "ProLogic 3000", "Paxos"]),
                                          rbytes(r, 6).hex(), r.randint(1, 4), r.randint(0, 9), r.randint(0, 20),
                                          r.choice(["Bank St", "Jeweller 4", "Pharmacy 2"])))
    return "\n".join(lines) + "\n"


def k_auto_key_job_card(r):
    v = make_vin(r)
    return ("AUTO KEY JOB CARD\nVehicle: %s %s, VIN %s\nReg: %s%02d %s   Keys lost: all\nChip: %s   Remote: 433 MHz\n"
            % (r.choice(["Ford", "VW", "Honda", "Toyota"]), r.choice(["Transit", "Golf", "Civic", "Yaris"]), v,
               rand(r, "u", 2), r.randint(10, 74), rand(r, "u", 3), r.choice(["ID46", "ID48", "Hitag Pro", "ID4D"])))


def k_vin_decoder_json(r):
    v = make_vin(r)
    return json.dumps({"vin": v, "check_digit_ok": True, "wmi": v[:3], "model_year_code": v[9],
                       "plant": v[10], "serial": v[11:], "immobiliser": r.choice(["Megamos AES", "Hitag 2"])},
                      indent=2) + "\n"


def k_transponder_reader_log(r):
    return ("[%02d:%02d:%02d] reader: chip detected\n  type: %s\n  uid: %s\n  locked: %s\n  crypto mode: %s\n"
            % (r.randint(8, 18), r.randint(0, 59), r.randint(0, 59), r.choice(["ID46 (PCF7936)", "ID48 (Megamos)", "ID4C"]),
               rbytes(r, 4).hex().upper(), r.choice(["yes", "no"]), r.choice(["crypto", "password off"])))


def k_car_key_clone_report(r):
    return ("Clone report\nSource chip: %s, UID %s\nTarget: %s blank, UID %s\nResult: cloned OK, 1 of 1 slots used\n"
            % (r.choice(["ID46", "ID48"]), rbytes(r, 4).hex().upper(), r.choice(["XT27", "CN5", "JMD Red"]),
               rbytes(r, 4).hex().upper()))


def k_carton_label_print_job(r):
    g = make_gtin14(r)
    return ("^XA\n^FO40,40^A0N,30,30^FDKey blanks UL050 x 50^FS\n^FO40,90^BY2^BCN,80,Y,N,N^FD(01)%s^FS\n"
            "^FO40,200^FDLot %s^FS\n^XZ\n" % (g, rand(r, "uan", 8)))


def k_supplier_asn_csv(r):
    lines = ["line,gtin,description,qty"]
    for i in range(3):
        lines.append("%d,%s,%s,%d" % (i + 1, make_gtin14(r), r.choice(["Euro cyl 35/35", "UL050 blank", "5-lever deadlock"]),
                                      r.randint(5, 200)))
    return "\n".join(lines) + "\n"


def k_key_shop_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  // publishable key: safe in the browser\n</script>\n" % rand(r, "an", 97))


def k_branch_locator_map_js(r):
    mb = "pk." + b64u_nopad(json.dumps({"u": "harbourside-locks", "a": rand(r, "lan", 25)}, separators=(",", ":")).encode()) + "." + rand(r, "b64u", 22)
    return ("// branch locator - browser keys, restricted by HTTP referrer\nconst MAPS_BROWSER_KEY = 'AIza%s';\n"
            "mapboxgl.accessToken = '%s';\n" % (rand(r, "b64u", 35), mb))


def k_keyshop_env_template(r):
    return ("# copy to .env and fill in\nKEY_CUTTING_POS_ADMIN_PASSWORD=\nKEY_CODE_LOOKUP_API_KEY=kcl_<dealer><check>_<key>\n"
            "SMART_LOCK_BRIDGE_TOKEN=slb_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxx\nSEAM_SMART_LOCK_API_KEY=seam_<your key>\n"
            "TWILIO_ACCOUNT_AUTH_TOKEN=changeme\n# %s\n" % r.choice(["never commit .env", "ask Karen for values", "see 1Password"]))


def k_dev_setup_readme_md(r):
    return ("## Local setup\n\n1. `cp .env.example .env`\n2. Set `VAN_STOCK_TRACKER_PASSWORD` to the value in the shop vault (not here).\n"
            "3. Set `CALLOUT_APP_SESSION_JWT` to `<paste a dev token>`; production tokens never go in the repo.\n"
            "4. Example request: `curl -H 'Authorization: Bearer YOUR_TOKEN_HERE' http://localhost:%d/jobs`\n" % r.choice([3000, 4100, 8080]))


def k_dispatch_api_access_log(r):
    return ("%s - - [06/Oct/2025:%02d:%02d:11 +0100] \"POST /api/login HTTP/1.1\" 200 412 user=%s password=******** token=[REDACTED]\n"
            % ("10.40.2.%d" % r.randint(2, 200), r.randint(0, 23), r.randint(0, 59), r.choice(["kholt", "samw", "dpatel"])))


def k_ci_deploy_masked_output(r):
    return ("$ ./deploy.sh\n+ export SEAM_SMART_LOCK_API_KEY=***\n+ export STRIPE_LIVE_SECRET_KEY=sk_live_****%s\n"
            "+ echo \"kcl key: ${KEY_CODE_LOOKUP_API_KEY:0:4}…\"\nkcl key: kcl_…\nDeploy %s finished\n"
            % (rand(r, "an", 4), rand(r, "hex", 7)))


def k_external_secret_manifest_yaml(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: dispatch\nspec:\n"
            "  secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}\n  data:\n    - secretKey: LOCKOUT_DISPATCH_CONSOLE_PASSWORD\n"
            "      remoteRef: {key: secret/data/keyshop/dispatch, property: console}\n    - secretKey: BREVO_API_KEY\n"
            "      remoteRef: {key: secret/data/keyshop/%s, property: brevo}\n" % r.choice(["mail", "comms", "vendors"]))


def k_terraform_data_source_refs(r):
    return ("data \"aws_ssm_parameter\" \"db\" {\n  name = \"/keyshop/%s/safe_service_records_db_password\"\n}\n"
            "locals {\n  wg_key_ref = \"op://Vans/van%02d-router/wireguard\"\n  gcp_ref    = \"projects/%d/secrets/vanstock-db/versions/latest\"\n}\n"
            % (r.choice(["prod", "staging"]), r.randint(1, 30), r.randint(100000000000, 999999999999)))


def k_users_table_dump_sql(r):
    return ("INSERT INTO users (id, login, password_hash) VALUES\n  (%d, '%s', '$2b$12$%s'),\n  (%d, '%s', '$2b$12$%s');\n"
            % (r.randint(1, 500), r.choice(["kholt", "samw"]), rand(r, BCRYPT_A, 53), r.randint(501, 999),
               r.choice(["dpatel", "mo.fitter"]), rand(r, BCRYPT_A, 53)))


def k_shadow_file_excerpt(r):
    return ("# grep -E '^(till|dispatch)' /etc/shadow\ntill02op:$y$j9T$%s$%s:20003:0:99999:7:::\n"
            "dispatch:$y$j9T$%s$%s:20011:0:99999:7:::\n"
            % (rand(r, BCRYPT_A, 22), rand(r, BCRYPT_A, 43), rand(r, BCRYPT_A, 22), rand(r, BCRYPT_A, 43)))


def k_fitter_handbook_security_page(r):
    return ("Section %d - Passwords and keys\nYour POS and dispatch passwords are personal. Never write them on key tags, "
            "van dashboards or job sheets. If you think a password has been seen, tell the office and it will be reset "
            "the same day. Customer key codes are treated like passwords: only quote them to the registered key holder.\n"
            % r.randint(3, 9))


def k_password_reset_notice_email(r):
    return ("Subject: Password reset for the van stock app\n\nHi %s,\n\nYour password was reset at %02d:%02d. "
            "You will be asked to choose a new one at the next sign-in (12+ characters, no shop words). "
            "We will never ask for your password by phone or e-mail.\n\nHarbourside IT\n"
            % (r.choice(["Sam", "Mo", "Priya"]), r.randint(8, 17), r.randint(0, 59)))


def _vault_block(r, indent=""):
    hexs = rbytes(r, 120).hex()
    lines = [hexs[i:i + 80] for i in range(0, len(hexs), 80)]
    return indent + "$ANSIBLE_VAULT;1.1;AES256\n" + "".join(indent + l + "\n" for l in lines)


def k_group_vars_vault_yml(r):
    return "# group_vars/dispatch/vault.yml (encrypted with ansible-vault)\n" + _vault_block(r)


def k_inline_vault_string_yaml(r):
    return ("dispatch_db_login: !vault |\n" + _vault_block(r, "  ") + "dispatch_db_host: db.lockshop.lan\n")


def k_authorized_keys_listing(r):
    a, _ = ssh_ed25519_pub(r)
    b, _ = ssh_ed25519_pub(r)
    return "$ cat ~/.ssh/authorized_keys\nssh-ed25519 %s kholt@workshop\nssh-ed25519 %s deploy@vanstock\n" % (a, b)


def k_known_hosts_and_fingerprint_output(r):
    a, fp = ssh_ed25519_pub(r)
    return ("The authenticity of host 'bench-pi.lockshop.lan (10.40.2.%d)' can't be established.\nED25519 key fingerprint is SHA256:%s.\n"
            "bench-pi.lockshop.lan ssh-ed25519 %s\n" % (r.randint(2, 250), fp, a))


def k_van_router_wg_peers_conf(r):
    return ("# peers on the shop hub (public keys only)\n[Peer]\n# van %02d\nPublicKey = %s\nAllowedIPs = 10.66.0.%d/32\n\n[Peer]\n# van %02d\nPublicKey = %s\nAllowedIPs = 10.66.0.%d/32\n"
            % (r.randint(1, 15), base64.b64encode(rbytes(r, 32)).decode(), r.randint(2, 120),
               r.randint(16, 30), base64.b64encode(rbytes(r, 32)).decode(), r.randint(121, 250)))


def k_wg_show_output(r):
    return ("interface: wg0\n  public key: %s\n  private key: (hidden)\n  listening port: 51820\n\npeer: %s\n  endpoint: 198.51.100.%d:51820\n  latest handshake: 41 seconds ago\n"
            % (base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 32)).decode(), r.randint(2, 250)))


def k_audit_verifier_config_json(r):
    return json.dumps({"issuer": "safe-audit", "verify_with": "k4.public." + b64u_nopad(rbytes(r, 32)),
                       "key_id": "k4.pid." + b64u_nopad(rbytes(r, 33)), "algorithm": "v4.public"}, indent=2) + "\n"


def k_paserk_key_id_list(r):
    return "".join("%s  k4.lid.%s  (local key id only, the key itself is in the vault)\n" % (d, b64u_nopad(rbytes(r, 33)))
                   for d in ["2025-07", "2025-10"])


def k_callout_job_api_response_json(r):
    return json.dumps({"job_id": uuid4(r), "request_id": uuid4(r), "status": "assigned",
                       "fitter": r.choice(["Sam W", "Mo F"]), "eta_minutes": r.randint(15, 70)}, indent=2) + "\n"


def k_request_trace_log(r):
    return "".join("trace=%s span=%s idem=%s POST /callouts 201\n" % (uuid4(r), rbytes(r, 8).hex(), uuid4(r)) for _ in range(2))


def k_van_cert_inventory_csv(r):
    lines = ["device,subject,sha1_thumbprint,expires"]
    for i in range(2):
        lines.append("van%02d-router,CN=van%02d.lockshop.lan,%s,2026-%02d-01" % (
            i + r.randint(1, 20), i + 1, rbytes(r, 20).hex().upper(), r.randint(1, 12)))
    return "\n".join(lines) + "\n"


def k_openssl_x509_fingerprint_output(r):
    return ("$ openssl x509 -in dispatch.crt -noout -fingerprint -sha256\nsha256 Fingerprint=%s\n$ openssl x509 -in dispatch.crt -noout -serial\nserial=%s\n"
            % (colon_hex(rbytes(r, 32)), rbytes(r, 16).hex().upper()))


def k_shop_invoice_footer(r):
    return ("Harbourside Locks & Safes Ltd · Registered in England and Wales No. %08d\nEORI GB%012d · Invoice INV-%06d\n"
            "Payment due within 30 days.\n" % (r.randint(1000000, 99999999), r.randint(10 ** 11, 10 ** 12 - 1), r.randint(1, 999999)))


def k_customs_declaration_extract(r):
    return ("Declaration MRN %02dGB%s\nImporter EORI: GB%012d\nCommodity 8301 40 11 (locks, cylinder), origin IT, %d units\n"
            % (r.randint(24, 26), rand(r, "uan", 14), r.randint(10 ** 11, 10 ** 12 - 1), r.randint(10, 900)))


def k_smart_lock_ota_manifest_json(r):
    return json.dumps({"model": "SLB-2", "version": "%d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 30)),
                       "sha256": hashlib.sha256(rbytes(r, 64)).hexdigest(), "build_id": rbytes(r, 20).hex(),
                       "url": "https://fw.lockshop.example/slb2/%s.bin" % rbytes(r, 4).hex()}, indent=2) + "\n"


def k_firmware_release_notes_md(r):
    return ("### Bridge firmware %d.%d\n- fix: door sensor debounce\n- commit `%s`\n- image digest `sha256:%s`\n"
            % (r.randint(1, 3), r.randint(0, 9), rbytes(r, 20).hex(), hashlib.sha256(rbytes(r, 32)).hexdigest()))


CLASSES = [
    ("key_code_and_bitting_references", "key codes, bitting, blank references", k_key_code_order_form, k_key_machine_cut_log),
    ("lock_standard_and_kitemark_numbers", "BS 3621, TS 007, EN 1303 references, kitemark licence and batch numbers", k_cylinder_spec_sheet, k_insurance_lock_schedule),
    ("safe_grade_and_lock_body_serials", "EN 1143-1 grades, certificate numbers, 16- and 12-hex lock body serials", k_safe_service_certificate, k_safe_lock_inventory_csv),
    ("vehicle_vin_check_digit_records", "VINs with the real ISO 3779 / North-American check digit", k_auto_key_job_card, k_vin_decoder_json),
    ("transponder_chip_uid_readouts", "transponder chip types and 8-hex UIDs", k_transponder_reader_log, k_car_key_clone_report),
    ("gtin14_key_blank_carton_codes", "GTIN-14 with real GS1 check digits in ZPL and ASN lines", k_carton_label_print_job, k_supplier_asn_csv),
    ("publishable_checkout_and_map_keys", "Stripe `pk_live_51`, referrer-locked `AIza` browser key, Mapbox `pk.` with real base64url JSON", k_key_shop_checkout_html, k_branch_locator_map_js),
    ("env_template_placeholder_values", "`.env.example` and setup-guide placeholders with the real key names", k_keyshop_env_template, k_dev_setup_readme_md),
    ("redacted_values_in_dispatch_logs", "`********`, `[REDACTED]`, `***`, `sk_live_****` + 4, `kcl_…`", k_dispatch_api_access_log, k_ci_deploy_masked_output),
    ("vault_and_parameter_store_paths", "ExternalSecret remote refs, SSM names, `op://` and GCP secret paths", k_external_secret_manifest_yaml, k_terraform_data_source_refs),
    ("bcrypt_and_yescrypt_password_hashes", "`$2b$12$` and `$y$j9T$` hashes (random in frame)", k_users_table_dump_sql, k_shadow_file_excerpt),
    ("fitter_password_policy_prose", "handbook and reset-notice prose about passwords, none given", k_fitter_handbook_security_page, k_password_reset_notice_email),
    ("ansible_vault_ciphertext_blocks", "`$ANSIBLE_VAULT;1.1;AES256` hex bodies (random bytes)", k_group_vars_vault_yml, k_inline_vault_string_yaml),
    ("ssh_public_keys_and_fingerprints", "`ssh-ed25519` public keys with a real wire-format blob, real SHA256 fingerprints", k_authorized_keys_listing, k_known_hosts_and_fingerprint_output),
    ("wireguard_peer_public_keys", "WireGuard `PublicKey` lines and `wg show` output (same shape as the labelled private key)", k_van_router_wg_peers_conf, k_wg_show_output),
    ("paserk_public_keys_and_key_ids", "PASERK `k4.public.`, `k4.pid.` and `k4.lid.` (public keys and key ids)", k_audit_verifier_config_json, k_paserk_key_id_list),
    ("job_and_request_uuid_identifiers", "UUIDv4 job, request, trace and idempotency ids", k_callout_job_api_response_json, k_request_trace_log),
    ("x509_certificate_thumbprints", "SHA-1 / SHA-256 certificate thumbprints and serials", k_van_cert_inventory_csv, k_openssl_x509_fingerprint_output),
    ("company_and_eori_registration_numbers", "company numbers, EORI numbers, MRNs, commodity codes", k_shop_invoice_footer, k_customs_declaration_extract),
    ("firmware_digests_and_build_ids", "OTA SHA-256 digests, 40-hex build ids and commits", k_smart_lock_ota_manifest_json, k_firmware_release_notes_md),
]


def wrap(w, base, r):
    if w == "":
        return base
    if w == "__in_workshop_teams_thread":
        return ("Teams · #workshop-it\nSam: is anything in here sensitive before I paste it in the supplier chat?\n"
                + base + "Karen: no - nothing secret in that, go ahead\n")
    if w == "__in_lock_helpdesk_ticket":
        return ("Ticket LCK-%d · status: open\nReporter pasted the following:\n---\n" % r.randint(1000, 9999)
                + base + "---\nAgent note: checked, contains no credentials.\n")
    if w == "__in_shop_email_chain":
        return ("From: Karen Holt\nSubject: FW: for the file\n\nSee below, no passwords in it.\n\n"
                + "".join("> " + l + "\n" for l in base.rstrip("\n").split("\n")))
    if w == "__in_locksmith_forum_post":
        return ("Locksmith Tech Talk › Shop software\nPosted by harbourside_karen:\nAnyone else's system print this? (nothing private in it)\n\n"
                + base + "\n-- Karen\n")
    raise ValueError(w)


def make_records(ids, forbidden):
    """forbidden: list of strings (positive values, evasion plains and runs, hidden passwords) that may not appear."""
    rng = random.Random(SEED)
    recs = []
    for cls, _desc, f1, f2 in CLASSES:
        for f in (f1, f2):
            kind = f.__name__[2:]
            for w in WRAPPERS:
                for _ in range(50):
                    text = wrap(w, f(rng), rng)
                    if not any(s in text for s in forbidden):
                        break
                else:
                    raise RuntimeError("negative could not avoid positives")
                recs.append({"id": ids(), "class": cls, "container": kind + w, "text": text, "source": "negative"})
    return recs
