"""Hard negatives of this world: texts with no secret that look like they might hold one."""
import base64
import hashlib
import hmac
import random

from common218 import (B62, HEX, LOWER_ALNUM, UPPER_ALNUM, B64URL, CROCKFORD, rs, rbytes, uuid4, b64url_json,
                       bech32_encode, luhn_check_digit, gs1_check_digit, crockford_encode_int)

SEED = 21806
DIG = "0123456789"
DOGS = ["Bramble", "Juno", "Pip", "Skye", "Moss", "Fern", "Biscuit", "Nell", "Rolo", "Tess", "Kip", "Wren"]
HANDLERS = ["J. Moss", "P. Hale", "A. Okafor", "S. Brennan", "K. Walsh", "R. Patel", "L. Ferreira", "M. Novak"]
WRAPPERS = [
    ("in_agility_club_forum_post", lambda b, r: f"Posted by ringside_rob \u00bb re: the club software\n\nSharing this in case it helps:\n\n{b}\n\n-- Rob"),
    ("in_trainer_whatsapp_group", lambda b, r: f"[{r.randint(7, 21):02d}:{r.randint(0, 59):02d}] Sam: pasting what I see\n{b}\n[{r.randint(7, 21):02d}:{r.randint(0, 59):02d}] Jess: ok thanks"),
    ("in_hydro_clinic_helpdesk_ticket", lambda b, r: f"Ticket #{r.randint(1000, 9999)} \u2013 question about an export\nCustomer wrote:\n{b}\n"),
    ("in_kennel_dev_gitlab_issue", lambda b, r: f"### Steps to reproduce\n\nOutput attached:\n\n```\n{b}\n```\n\n/label ~bug"),
]


def chip(r):
    return r.choice(["826", "985", "900", "941"]) + rs(r, DIG, 12)


def ulid(r):
    ts = 1767225600000 + r.randint(0, 20000000000)
    return crockford_encode_int(ts, 10) + rs(r, CROCKFORD, 16)


def ksuid(r):
    n = int.from_bytes((r.randint(350000000, 360000000)).to_bytes(4, "big") + rbytes(r, 16), "big")
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(27, "0")


def luhn_card(r, prefix):
    body = prefix + rs(r, DIG, 15 - len(prefix))
    return body + luhn_check_digit(body)


def sscc(r):
    body = str(r.randint(0, 9)) + "5060" + rs(r, DIG, 12)
    return body + gs1_check_digit(body)


def b64(n, r):
    return base64.b64encode(rbytes(r, n)).decode()


CLASSES = []


def c(name, desc, kinds):
    CLASSES.append((name, desc, kinds))


# 1
def _ring_order(r):
    lines = [f"RING {r.randint(1, 6)} \u2013 {r.choice(['Novice', 'Intermediate', 'Advanced'])} {r.choice(['Agility', 'Jumping'])} \u2013 {r.choice(['Small', 'Medium', 'Intermediate', 'Large'])}",
             "Run  Ring no  Dog      Handler     Height"]
    for i in range(5):
        lines.append(f"{i + 1:>3}  {r.randint(100, 999):>7}  {r.choice(DOGS):<8} {r.choice(HANDLERS):<11} {r.choice([300, 400, 500, 600])}mm")
    return "\n".join(lines)


def _class_schedule(r):
    return ("{\"show\": \"Hollybank Summer Agility\", \"classes\": [" + ", ".join(
        f"{{\"class_no\": {r.randint(1, 40)}, \"ring\": {r.randint(1, 6)}, \"first_dog\": \"08:{r.randint(10, 59)}\", \"entries\": {r.randint(20, 180)}}}"
        for _ in range(3)) + "]}")


c("agility_ring_numbers_and_running_orders", "ring numbers, running orders, class numbers and jump heights",
  [("ring_running_order_printout", _ring_order), ("show_class_schedule_json", _class_schedule)])


# 2
def _chip_scan(r):
    rows = ["scanned_at,reader,chip,dog,match"]
    for _ in range(4):
        rows.append(f"2026-02-{r.randint(1, 28):02d} 09:{r.randint(10, 59)},HS-{r.randint(10, 99)},{chip(r)},{r.choice(DOGS)},yes")
    return "\n".join(rows)


def _chip_note(r):
    return (f"Microchip check at intake: {chip(r)} read on the left shoulder, matches the database record "
            f"for {r.choice(DOGS)}. Second chip {chip(r)} found (old implant), owner informed.")


c("dog_microchip_iso11784_numbers", "15-digit ISO 11784 microchip numbers (country or manufacturer code + 12 digits)",
  [("chip_scan_log_csv", _chip_scan), ("intake_microchip_check_note", _chip_note)])


# 3
def _kc_cert(r):
    return (f"THE KENNEL CLUB \u2013 REGISTRATION CERTIFICATE\nRegistered name: Hollybank {r.choice(['Quick', 'Bright', 'Silver', 'Wild'])} {r.choice(['Step', 'Spark', 'Wind', 'Fern'])}\n"
            f"Registration no: {rs(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{rs(r, DIG, 8)}\nDate of birth: 2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n"
            f"Sire: {rs(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{rs(r, DIG, 8)}  Dam: {rs(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{rs(r, DIG, 8)}")


def _litter_csv(r):
    rows = ["litter_ref,puppy,colour,kc_reg,atc"]
    lit = "L" + rs(r, DIG, 6)
    for i in range(3):
        rows.append(f"{lit},{i + 1},{r.choice(['black/white', 'red merle', 'blue merle', 'tricolour'])},"
                    f"{rs(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{rs(r, DIG, 8)},ATC{rs(r, DIG, 5)}{rs(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2)}")
    return "\n".join(rows)


c("kennel_club_registration_and_atc_refs", "registration, litter and authority-to-compete numbers",
  [("kc_registration_certificate_ocr", _kc_cert), ("litter_registration_csv", _litter_csv)])


# 4
def _vacc_card(r):
    return (f"VACCINATION RECORD \u2013 {r.choice(DOGS)}\n"
            f"Nobivac DHP   batch {rs(r, UPPER_ALNUM, 7)}  exp {r.randint(1, 12):02d}/2027  given 2026-01-{r.randint(10, 28)}\n"
            f"Nobivac L4    batch {rs(r, UPPER_ALNUM, 7)}  exp {r.randint(1, 12):02d}/2027  next due 2027-01-{r.randint(10, 28)}\n"
            f"Vet: Pawpoint Vets, RCVS {rs(r, DIG, 7)}")


def _booster_csv(r):
    rows = ["dog,vaccine,batch,given,due"]
    for _ in range(3):
        rows.append(f"{r.choice(DOGS)},{r.choice(['DHP', 'L4', 'KC', 'Rabies'])},{rs(r, UPPER_ALNUM, 8)},2026-0{r.randint(1, 9)}-1{r.randint(0, 9)},2027-0{r.randint(1, 9)}-1{r.randint(0, 9)}")
    return "\n".join(rows)


c("vaccine_batch_and_expiry_lines", "vaccine batch numbers, expiry dates and due dates",
  [("vaccination_card_ocr", _vacc_card), ("booster_reminder_export_csv", _booster_csv)])


# 5
def _ahc(r):
    return (f"Travel checklist for {r.choice(DOGS)} (France, {r.randint(2, 28)} March)\n"
            f"- Animal health certificate no. UK-AHC-{rs(r, DIG, 4)}-{rs(r, DIG, 6)}\n- Microchip {chip(r)}\n"
            f"- Rabies vaccination batch {rs(r, UPPER_ALNUM, 8)}\n- Tapeworm treatment 24-120 h before return")


def _passport(r):
    return (f"EUROPEAN UNION PET PASSPORT\nPassport no: {r.choice(['IE', 'FR', 'NL', 'ES'])}{rs(r, DIG, 2)} {rs(r, DIG, 7)}\n"
            f"Transponder code: {chip(r)}\nIssued by: veterinarian no. {rs(r, DIG, 5)}")


c("pet_passport_and_health_certificate_refs", "pet passport, animal health certificate and vet numbers",
  [("travel_checklist_note", _ahc), ("pet_passport_scan_text", _passport)])


# 6
def _ref_letter(r):
    return (f"Pawpoint Veterinary Centre \u2013 RCVS practice premises {rs(r, DIG, 6)}\nReferring vet: A. Okafor MRCVS (RCVS no. {rs(r, DIG, 7)})\n"
            f"Referral ref: PVC/HYD/{rs(r, DIG, 5)}  Client no: {rs(r, DIG, 6)}  Patient no: {rs(r, DIG, 7)}\n"
            "Hydrotherapy 2x weekly for 6 weeks after TPLO, underwater treadmill.")


def _vet_invoice(r):
    return (f"INVOICE INV-2026-{rs(r, DIG, 6)}  VAT reg GB {rs(r, DIG, 9)}\n"
            f"Consultation             1   \u00a3{r.randint(40, 80)}.00\nHydro assessment         1   \u00a3{r.randint(30, 60)}.00\n"
            f"Payment ref: {rs(r, UPPER_ALNUM, 10)}")


c("vet_practice_rcvs_and_invoice_refs", "RCVS, referral, client, patient, invoice and VAT numbers",
  [("referral_letter_header", _ref_letter), ("vet_invoice_lines", _vet_invoice)])


# 7
def _results_csv(r):
    rows = ["place,ring_no,dog,handler,course_faults,time,time_faults,total"]
    for i in range(4):
        t = r.randint(3000, 4800) / 100
        cf = r.choice([0, 0, 5, 10])
        rows.append(f"{i + 1},{r.randint(100, 999)},{r.choice(DOGS)},{r.choice(HANDLERS)},{cf},{t:.2f},0.00,{cf}")
    return "\n".join(rows)


def _scoreboard(r):
    return ("{\"ring\": %d, \"class\": %d, \"sct\": %.1f, \"current\": {\"ring_no\": %d, \"faults\": %d, \"refusals\": %d, \"time\": %.2f, \"elim\": false}}"
            % (r.randint(1, 6), r.randint(1, 40), r.randint(3200, 4200) / 100, r.randint(100, 999), r.choice([0, 5, 10]),
               r.randint(0, 2), r.randint(3000, 4800) / 100))


c("agility_results_and_fault_tables", "placings, course faults, refusals and run times",
  [("results_csv_export", _results_csv), ("live_scoreboard_json", _scoreboard)])


# 8
def _pass_cards(r):
    rows = ["card_number,classes,holder_initials,issued"]
    for _ in range(4):
        rows.append(f"{luhn_card(r, '6036')},{r.choice([5, 10])},{rs(r, 'ABCDEFGHJKLMNPRSTW', 2)},2026-0{r.randint(1, 9)}-{r.randint(10, 28)}")
    return "\n".join(rows)


def _member_print(r):
    n = luhn_card(r, "6036")
    return (f"Print job 'membership cards' \u2013 3 cards\nCard 1: {n[:4]} {n[4:8]} {n[8:12]} {n[12:]}  (printed on the front)\n"
            f"Card 2: {luhn_card(r, '6036')}\nCard 3: {luhn_card(r, '6036')}\nBarcode type: Code 128")


c("luhn_checked_class_pass_card_numbers", "16-digit class-pass and membership card numbers with real Luhn check digits (printed on the card)",
  [("class_pass_card_batch_csv", _pass_cards), ("membership_card_print_job", _member_print)])


# 9
def _pallet(r):
    s = sscc(r)
    return (f"SSCC (00) {s}\nGTIN (02) 0{rs(r, DIG, 13)}  COUNT (37) {r.randint(20, 60)}\n"
            f"Product: Working dog complete 15 kg  BEST BEFORE (15) 27{r.randint(1, 12):02d}{r.randint(1, 28):02d}  BATCH (10) {rs(r, UPPER_ALNUM, 8)}")


def _goods_in(r):
    return "\n".join([f"goods-in scan {i + 1}: SSCC {sscc(r)} ok" for i in range(4)])


c("gs1_sscc_feed_delivery_labels", "18-digit SSCC pallet codes with real GS1 mod-10 check digits",
  [("dog_food_pallet_label_text", _pallet), ("goods_in_sscc_scan_log", _goods_in)])


# 10
def _widget_html(r):
    return (f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>const stripe = Stripe('pk_live_51{rs(r, B62, 97)}');</script>\n"
            f"<div class=\"g-recaptcha\" data-sitekey=\"6L{rs(r, B64URL, 38)}\"></div>\n"
            f"<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA{rs(r, B64URL, 12)}\"></div>")


def _public_config(r):
    return ("{\n  \"firebase\": {\"apiKey\": \"AIza%s\", \"projectId\": \"class-pass-app\"},\n"
            "  \"posthog\": {\"projectKey\": \"phc_%s\"},\n  \"hcaptchaSiteKey\": \"%s\",\n"
            "  \"square\": {\"applicationId\": \"sq0idp-%s\"},\n  \"mapbox\": \"pk.%s.%s\"\n}"
            % (rs(r, B64URL, 35), rs(r, B62, 43), uuid4(r), rs(r, B64URL, 22),
               b64url_json({"u": "hollybankdogs", "a": rs(r, LOWER_ALNUM, 25)}), rs(r, B64URL, 22)))


c("booking_widget_publishable_keys", "Stripe `pk_live_`, reCAPTCHA and Turnstile site keys, Firebase web `AIza` key, PostHog `phc_` project key, hCaptcha site key, Square application id, Mapbox `pk.` token (all public by design)",
  [("booking_page_html_head", _widget_html), ("class_app_public_config_json", _public_config)])


# 11
def _age_recipients(r):
    return ("# hydro-notes backup recipients (public keys; encrypt with age -R)\n" +
            "\n".join(f"{bech32_encode('age', rbytes(r, 32))}  # {n}" for n in ["laptop-ana", "nas", "offsite"]))


def _wg_peer(r):
    return (f"[Peer]\n# field gate controller\nPublicKey = {b64(32, r)}\nAllowedIPs = 10.77.0.{r.randint(2, 250)}/32\n"
            f"Endpoint = gate.hollybankdogs.example:51820\n\n[Peer]\n# clubhouse\nPublicKey = {b64(32, r)}\nAllowedIPs = 10.77.0.1/32")


c("age_recipients_and_wireguard_public_keys", "age `age1` recipients (public keys, real Bech32 checksums) and WireGuard peer public keys",
  [("backup_recipients_txt", _age_recipients), ("wg_peer_config_public_part", _wg_peer)])


# 12
def _env_example(r):
    return ("# copy to .env and fill in\nBOOKING_ADMIN_PASSWORD=\nRESULTS_DB_PASSWORD=changeme\nTIMING_INGEST_TOKEN=art_<your-token>\n"
            "CLASS_PASS_WEBHOOK_SECRET=whsec_REPLACE_ME\nMICROCHIP_LOOKUP_KEY=mcl_XXXXXXXXXXXXXXXXXXXXXXXXXXX\n"
            "BACKUP_AGE_IDENTITY=AGE-SECRET-KEY-1...\nGATE_WG_PRIVATE_KEY=<wireguard-private-key>\n"
            "HYDRO_NOTES_DB_PASSWORD=${HYDRO_NOTES_DB_PASSWORD:?set in the vault}")


def _setup_md(r):
    return ("## Local setup\n\n1. Ask the club secretary for the results database login (never commit it).\n"
            "2. Put your timing token in `.env` as `TIMING_INGEST_TOKEN=art_...`.\n"
            "3. Generate a backup identity with `age-keygen -o key.txt`; only the `age1...` line goes in the repo.\n"
            "4. The vet-referral JWT looks like `eyJhbGciOi...` and is issued per practice \u2013 request one.")


c("kennel_app_env_example_placeholders", "`art_<your-token>`, `whsec_REPLACE_ME`, all-X keys, `changeme`, empty values, `${...:?...}`, truncated `AGE-SECRET-KEY-1...` and `eyJhbGciOi...`",
  [("env_example_file", _env_example), ("setup_readme_markdown", _setup_md)])


# 13
def _access_log(r):
    return "\n".join(f"10.40.7.{r.randint(2, 250)} - - [14/Feb/2026:09:{r.randint(10, 59)}:{r.randint(10, 59)} +0000] "
                     f"\"POST /api/runs?token=art_****{rs(r, HEX, 4)} HTTP/1.1\" 201 {r.randint(80, 400)}" for _ in range(3))


def _ci_masked(r):
    return ("$ ./deploy.sh\n[deploy] RESULTS_DB_PASSWORD=***\n[deploy] CLASS_PASS_WEBHOOK_SECRET=whsec_\u2026[REDACTED]\n"
            f"[deploy] GATE_WG_PRIVATE_KEY=[MASKED]\n[deploy] admin login: \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\n[deploy] done in {r.randint(20, 90)}s")


c("masked_tokens_in_booking_logs", "`art_****` + 4 hex, `***`, `[REDACTED]`, `[MASKED]`, bullets",
  [("booking_api_access_log", _access_log), ("ci_deploy_masked_output", _ci_masked)])


# 14
def _gha(r):
    return ("env:\n  RESULTS_DB_PASSWORD: ${{ secrets.RESULTS_DB_PASSWORD }}\n  TIMING_INGEST_TOKEN: ${{ secrets.TIMING_INGEST_TOKEN }}\n"
            "  VET_REFERRAL_JWT: ${{ vars.VET_REFERRAL_JWT_PATH }}\nsteps:\n  - run: vault kv get -field=token secret/dogclub/timing")


def _secretkeyref(r):
    return ("env:\n  - name: HYDRO_NOTES_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: hydro-notes-db\n        key: password\n"
            f"  - name: MICROCHIP_LOOKUP_KEY\n    valueFrom:\n      secretKeyRef:\n        name: chip-lookup-{rs(r, LOWER_ALNUM, 5)}\n        key: api-key")


c("deploy_secret_store_references", "GitHub Actions `${{ secrets.* }}` expressions, Kubernetes `secretKeyRef`, Vault `kv get` paths",
  [("github_actions_secret_expressions", _gha), ("kubernetes_secretkeyref_manifest", _secretkeyref)])


# 15
def _auth_user(r):
    rows = ["id | username | password"]
    for i in range(3):
        rows.append(f"{i + 1} | {r.choice(['ana', 'sam', 'jess', 'rob', 'kate'])}{i} | pbkdf2_sha256$870000${rs(r, B62, 22)}${b64(32, r)}")
    return "\n".join(rows)


def _werkzeug(r):
    return ("[\n" + ",\n".join(f"  {{\"user\": \"trainer{i}\", \"password_hash\": \"scrypt:32768:8:1${rs(r, B62, 16)}${rs(r, HEX, 128)}\"}}"
                               for i in range(2)) + "\n]")


c("django_pbkdf2_and_werkzeug_scrypt_hashes", "Django `pbkdf2_sha256$` and Werkzeug `scrypt:` password hashes (random in frame; the column is called password)",
  [("auth_user_table_dump", _auth_user), ("flask_users_json_seed", _werkzeug)])


# 16
def _sops(r):
    return ("results_db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  age:\n    - recipient: %s\n"
            "      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        %s\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: \"2026-02-11T10:12:03Z\""
            % (b64(18, r), b64(32, r), b64(16, r), bech32_encode("age", rbytes(r, 32)), b64(48, r)))


def _ansible_vault(r):
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(rs(r, HEX, 80) for _ in range(5))


c("sops_and_ansible_vault_ciphertexts", "sops `ENC[AES256_GCM,...]` values with age recipients and `$ANSIBLE_VAULT;1.1;AES256` bodies (random ciphertext)",
  [("sops_encrypted_values_yaml", _sops), ("ansible_vault_encrypted_file", _ansible_vault)])


# 17
def _onboard(r):
    return ("Welcome to the training team! A few rules: use a password manager for the booking system, never text the "
            "hall PC login to anyone, and change your password if you think a client has seen it. The results laptop "
            "asks for a passphrase at start-up \u2013 the chief steward types it, not you.")


def _reminder(r):
    return (f"Hi all, reminder from the committee: passwords expire every {r.choice([90, 180])} days on the rota system. "
            "If you are locked out, ask Kate to reset it \u2013 please do not post passwords in the WhatsApp group.")


c("dog_club_password_advice_prose", "onboarding and reminder prose about passwords without a password",
  [("new_trainer_onboarding_page", _onboard), ("committee_security_reminder_email", _reminder)])


# 18
def _commits(r):
    return "\n".join(f"{hashlib.sha1(rbytes(r, 20)).hexdigest()} {m}" for m in
                     ["fix ring card footer", "add hydro session export", "bump timing gate firmware", "rota: bank holidays"])


def _image_lock(r):
    return (f"image: ghcr.io/hollybank/ring-cards@sha256:{hashlib.sha256(rbytes(r, 32)).hexdigest()}\n"
            f"\"integrity\": \"sha512-{base64.b64encode(hashlib.sha512(rbytes(r, 32)).digest()).decode()}\"\n"
            f"resolved commit {hashlib.sha1(rbytes(r, 20)).hexdigest()}")


c("git_commit_and_image_digests", "git commit SHA-1s, container `sha256:` digests and npm `sha512-` integrity strings (real digests of random bytes)",
  [("release_notes_commit_list", _commits), ("container_image_lock_file", _image_lock)])


# 19
def _ndjson(r):
    return "\n".join(f"{{\"event_id\": \"{ulid(r)}\", \"type\": \"booking.{r.choice(['created', 'cancelled', 'moved'])}\", \"class\": \"puppy-{r.randint(1, 9)}\"}}"
                     for _ in range(3))


def _audit(r):
    return "\n".join(f"2026-02-1{r.randint(0, 9)} session={ksuid(r)} dog={r.choice(DOGS)} action=notes.update" for _ in range(3))


c("ulid_and_ksuid_record_ids", "ULIDs (26 Crockford Base32) and KSUIDs (27 base62) used as event and session ids",
  [("booking_events_ndjson", _ndjson), ("hydro_session_audit_log", _audit)])


# 20
def _wh_dump(r):
    key = rbytes(r, 32)
    body = "{\"type\":\"class_pass.redeemed\",\"pass\":\"%s\"}" % rs(r, DIG, 8)
    ts = 1770000000 + r.randint(0, 9000000)
    sig = base64.b64encode(hmac.new(key, f"msg_{ts}.{body}".encode(), hashlib.sha256).digest()).decode()
    return (f"POST /hooks/class-pass HTTP/1.1\nwebhook-id: msg_{rs(r, B62, 27)}\nwebhook-timestamp: {ts}\n"
            f"webhook-signature: v1,{sig}\n\n{body}")


def _sig_debug(r):
    ts = 1770000000 + r.randint(0, 9000000)
    return (f"stripe-signature: t={ts},v1={hmac.new(rbytes(r, 32), rbytes(r, 16), hashlib.sha256).hexdigest()}\n"
            f"x-hub-signature-256: sha256={hmac.new(rbytes(r, 32), rbytes(r, 16), hashlib.sha256).hexdigest()}\n"
            "verified: true")


c("webhook_delivery_signature_headers", "per-request webhook signatures (Standard Webhooks `v1,`, Stripe `t=,v1=`, GitHub `sha256=`) \u2013 public per delivery, not the signing secret",
  [("webhook_request_dump", _wh_dump), ("signature_debug_log", _sig_debug)])


def build(registry_items, forbidden_re):
    rng = random.Random(SEED)
    long_items = [s for s in registry_items if len(s) >= 6]
    recs = []
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    text = body if w is None else w[1](body, rng)
                    if any(s in text for s in long_items) or forbidden_re.search(text):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not avoid registered strings: " + kname)
                container = kname if w is None else kname + "__" + w[0]
                recs.append({"id": None, "class": cname, "container": container, "text": text, "source": "negative"})
    return recs
