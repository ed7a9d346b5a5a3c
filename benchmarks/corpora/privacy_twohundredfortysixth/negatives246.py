"""Hard negatives of the mushroom world: texts with no secret that look as if they might hold one."""
import base64
import hashlib
import random

from common246 import (ALNUM, LALNUM, UALNUM, HEX, UHEX, B64STD, B64URL, DIGITS, rs, rbytes, uuid4,
                       damm_digit, gs1_check, iban_check, luhn_digit, b64url_nopad)

SEED = 24606

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SPECIES = ["Pleurotus ostreatus", "Lentinula edodes", "Hericium erinaceus", "Grifola frondosa",
           "Pleurotus eryngii", "Cyclocybe aegerita", "Hypsizygus tessellatus", "Flammulina filiformis",
           "Agaricus bisporus", "Ganoderma lingzhi", "Stropharia rugosoannulata", "Pholiota nameko"]
PEOPLE = ["Ella", "Tom", "Priya", "Ines", "Mark", "Jo", "Sam", "Ana", "Kofi", "Marta"]


def _sscc(rng):
    body = "3" + "5060" + rs(rng, DIGITS, 12)
    return body + gs1_check(body)


def _gtin13(rng):
    body = "50" + rs(rng, DIGITS, 10)
    return body + gs1_check(body)


def _ulid(rng):
    return rs(rng, "01", 1) + rs(rng, CROCK, 25)


def _bcrypt(rng):
    return "$2b$12$" + rs(rng, "./" + ALNUM, 53)


# ---------------------------------------------------------------- base kinds
def culture_library_index_csv(rng):
    rows = ["accession,species,source,isolated,generation,status"]
    for _ in range(4):
        rows.append("OHF-%s-%d-%04d,%s,%s,20%02d-%02d-%02d,G%d,%s" % (
            rs(rng, "ABCDEFGHPRS", 2), rng.randint(2019, 2024), rng.randint(1, 9999), rng.choice(SPECIES),
            rng.choice(["tissue clone", "spore print", "purchased slant", "wild clone (Fenwood)"]),
            rng.randint(19, 24), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 6),
            rng.choice(["active", "cryo", "retired"])))
    return "\n".join(rows) + "\n"


def strain_label_printout(rng):
    return ("STRAIN LABEL\n%s\nAcc.: OHF-%s-%04d   Slant %d/%d\nRef: ATCC %d / NRRL %d\nPrinted by %s\n" % (
        rng.choice(SPECIES), rs(rng, "ABCDEFGHPRS", 2), rng.randint(1, 9999), rng.randint(1, 6), rng.randint(6, 9),
        rng.randint(10000, 99999), rng.randint(1000, 9999), rng.choice(PEOPLE)))


def _lot(rng):
    body = "%02d%02d%d" % (rng.randint(1, 52), rng.randint(0, 99), rng.randint(0, 9))
    return "SB-%s-%s" % (body, damm_digit(body))


def spawn_batch_register(rng):
    lines = ["week  lot            grain  strain         jars  note"]
    for _ in range(4):
        lines.append("%-5d %-14s %-6s %-14s %-5d %s" % (
            rng.randint(1, 52), _lot(rng), rng.choice(["rye", "millet", "oats", "sorghum"]),
            "OHF-%s-%04d" % (rs(rng, "ABCDEFGHPRS", 2), rng.randint(1, 9999)), rng.randint(12, 96),
            rng.choice(["ok", "1 jar trich", "slow", "-"])))
    return "\n".join(lines) + "\n(check digit after the last dash is Damm; scanner rejects typos)\n"


def bag_label_scan_log(rng):
    return "".join("%02d:%02d:%02d SCAN %s room=%d shelf=%d OK\n" % (
        rng.randint(6, 17), rng.randint(0, 59), rng.randint(0, 59), _lot(rng), rng.randint(1, 6), rng.randint(1, 12))
        for _ in range(4))


def packhouse_despatch_manifest(rng):
    out = ["DESPATCH %s  customer: %s" % (rs(rng, DIGITS, 6), rng.choice(["Greenway Grocers", "The Larder", "Fenwood Co-op"]))]
    for _ in range(3):
        out.append("SSCC (00)%s  GTIN %s  %d x 250 g" % (_sscc(rng), _gtin13(rng), rng.randint(6, 40)))
    return "\n".join(out) + "\n"


def crate_label_zpl_dump(rng):
    return ("^XA\n^FO40,40^A0N,40,40^FD%s^FS\n^FO40,100^BCN,120,Y,N,N^FD>;>800%s^FS\n^FO40,260^FDBest before %02d/%02d^FS\n^XZ\n"
            % (rng.choice(SPECIES), _sscc(rng), rng.randint(1, 28), rng.randint(1, 12)))


def _dna(rng, n):
    return rs(rng, "ACGT", n)


def sequencing_results_email(rng):
    return ("Hi %s,\n\nITS results for batch %d are in. Sample OHF-%04d matched %s (GenBank %s%06d.1, 99.%d%% identity).\nRaw reads: run ID %s\n\nBest,\nSequencing core\n"
            % (rng.choice(PEOPLE), rng.randint(10, 99), rng.randint(1, 9999), rng.choice(SPECIES),
               rng.choice(["MN", "MT", "OR", "OQ", "KY"]), rng.randint(0, 999999), rng.randint(0, 9), rs(rng, UALNUM, 10)))


def fasta_excerpt(rng):
    return ">OHF-%04d ITS1-5.8S-ITS2 %s\n%s\n%s\n" % (rng.randint(1, 9999), rng.choice(SPECIES), _dna(rng, 70), _dna(rng, 70))


def permit_register_export(rng):
    rows = ["permit_no,holder,site,valid_to,limit_kg"]
    for _ in range(4):
        rows.append("FP/%d/%05d,%s,%s,20%02d-%02d-30,%d" % (
            rng.randint(2023, 2025), rng.randint(1, 99999), rng.choice(PEOPLE),
            rng.choice(["Fenwood North", "Ashridge Common", "Kielder block 7", "Rowan Gill"]),
            rng.randint(24, 26), rng.randint(1, 12), rng.randint(1, 5)))
    return "\n".join(rows) + "\n"


def landowner_agreement_excerpt(rng):
    return ("Agreement ref. FC-NE-%02d-%04d. The co-op (membership no. FFC%06d) may collect fruiting bodies for personal and "
            "educational use only. Grid ref. NY %04d %04d. Signed %s.\n" % (
                rng.randint(20, 25), rng.randint(1, 9999), rng.randint(0, 999999), rng.randint(0, 9999),
                rng.randint(0, 9999), rng.choice(PEOPLE)))


def sensor_inventory_sheet(rng):
    rows = ["Room,Sensor,DevEUI,JoinEUI,MAC,Serial"]
    for _ in range(3):
        rows.append("R%d,%s,%s,%s,%s,SN%s" % (
            rng.randint(1, 6), rng.choice(["CO2", "RH/T", "VPD", "Door"]), rs(rng, UHEX, 16), "70B3D57ED00" + rs(rng, UHEX, 5),
            ":".join(rs(rng, UHEX, 2) for _ in range(6)), rs(rng, DIGITS, 10)))
    return "\n".join(rows) + "\n"


def lns_device_list_json(rng):
    return ('{\n  "end_devices": [\n    {"ids": {"device_id": "room%d-co2", "dev_eui": "%s", "join_eui": "%s"},\n     "name": "CO2 room %d", "last_seen_at": "2024-0%d-%02dT0%d:12:44Z"}\n  ]\n}\n'
            % (rng.randint(1, 6), rs(rng, UHEX, 16), rs(rng, UHEX, 16), rng.randint(1, 6), rng.randint(1, 9), rng.randint(1, 28), rng.randint(0, 9)))


def checkout_page_source(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n</script>\n'
            '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>\n' % (rs(rng, ALNUM, 97), rs(rng, B64URL, 14)))


def theme_settings_json(rng):
    return ('{\n  "mapbox_public_token": "pk.%s.%s",\n  "recaptcha_site_key": "6L%s",\n  "paypal_client_id": "A%s",\n  "publishable": true\n}\n'
            % (b64url_nopad(('{"u":"oakhollow","a":"cl%s"}' % rs(rng, LALNUM, 20)).encode()), rs(rng, B64URL, 22),
               rs(rng, B64URL, 38), rs(rng, B64URL, 79)))


def vendor_quickstart_readme(rng):
    return ("## Quick start\n\n1. Copy `.env.example` to `.env`.\n2. Set `HARVEST_API_TOKEN=<your-harvest-token>` and "
            "`CLIMATE_CONTROLLER_PASSWORD=changeme`.\n3. For local tests use `sk_test_XXXXXXXXXXXXXXXXXXXXXXXX` (not a real key).\n"
            "4. Run `make dev` (build %s).\n" % rs(rng, HEX, 7))


def env_example_file(rng):
    return ("# .env.example – copy and fill in\nLIMS_PASSWORD=\nLAB_API_TOKEN=replace-me\nAPP_KEY=base64:REPLACE_WITH_php_artisan_key_generate\n"
            "FERNET_KEY=${FERNET_KEY:?set me}\nROOM_COUNT=%d\n" % rng.randint(2, 9))


def deploy_log_masked(rng):
    return ("[%02d:%02d:%02d] Using secret LIMS_PASSWORD=***\n[%02d:%02d:%02d] HARVEST_API_JWT=[MASKED]\n"
            "[%02d:%02d:%02d] deploy %s finished in %ds\n" % (
                rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 23), rng.randint(0, 59),
                rng.randint(0, 59), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rs(rng, HEX, 12), rng.randint(20, 300)))


def admin_ui_screen_ocr(rng):
    return ("[OCR of vendor dashboard]\nAPI keys\nName: harvest-sync    Key: ••••••••••••••••%s    Created %02d Mar 2024\nName: label-printer    Key: ****************    Revoked\n"
            % (rs(rng, LALNUM, 4), rng.randint(1, 28)))


def k8s_secretkeyref_manifest(rng):
    return ("env:\n  - name: LIMS_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: lims-credentials\n        key: password\n"
            "  - name: HARVEST_API_JWT\n    valueFrom:\n      secretKeyRef: {name: harvest-%s, key: token}\n" % rs(rng, LALNUM, 5))


def aws_secretsmanager_arn_config(rng):
    return ('shop_db_secret_arn = "arn:aws:secretsmanager:eu-west-2:%s:secret:prod/shop/db-%s"\nfernet_key_ref = "op://Growfarm/sensor-pipeline/fernet"\n'
            'climate_password = "{{ vault_climate_password }}"\n' % (rs(rng, DIGITS, 12), rs(rng, ALNUM, 6)))


def portal_users_table_dump(rng):
    rows = ["id | username | password | last_login"]
    for _ in range(3):
        rows.append("%d | %s | %s | 2024-0%d-%02d" % (rng.randint(1, 900), rng.choice(PEOPLE).lower(), _bcrypt(rng), rng.randint(1, 9), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def htpasswd_style_export(rng):
    return "".join("%s:%s\n" % (u, _bcrypt(rng)) for u in rng.sample(["ella", "tom", "priya", "ines", "kofi"], 3)) + \
        "# scrypt: $scrypt$ln=16,r=8,p=1$%s$%s\n" % (b64url_nopad(rbytes(rng, 16)), b64url_nopad(rbytes(rng, 32)))


def ansible_vault_encrypted_vars(rng):
    hexblob = rbytes(rng, 96).hex()
    return ("lims_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" +
            "".join("          " + hexblob[i:i + 80] + "\n" for i in range(0, len(hexblob), 80)))


def pgp_armored_message(rng):
    body = base64.b64encode(rbytes(rng, 120)).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + \
        "\n=" + base64.b64encode(rbytes(rng, 3)).decode() + "\n-----END PGP MESSAGE-----\n"


def known_hosts_excerpt(rng):
    key = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)).decode()
    return "growbox.lan,192.168.40.%d ssh-ed25519 %s\n" % (rng.randint(2, 250), key)


def ssh_keyscan_fingerprint_output(rng):
    return ("256 SHA256:%s root@growbox (ED25519)\n3072 SHA256:%s root@growbox (RSA)\n" % (
        base64.b64encode(rbytes(rng, 32)).decode().rstrip("="), base64.b64encode(rbytes(rng, 32)).decode().rstrip("=")))


def package_lock_integrity_excerpt(rng):
    ver = "5.%d.%d" % (rng.randint(0, 9), rng.randint(0, 9))
    return ('"node_modules/mqtt": {\n  "version": "%s",\n  "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-%s.tgz",\n  "integrity": "sha512-%s"\n}\n'
            % (ver, ver, base64.b64encode(hashlib.sha512(rbytes(rng, 20)).digest()).decode()))


def html_sri_script_tags(rng):
    return ('<script src="https://cdn.example-cdn.net/chart.umd.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n'
            % base64.b64encode(hashlib.sha384(rbytes(rng, 20)).digest()).decode())


def oauth_app_settings_page(rng):
    return ("OAuth application: Fenwood Forage Log\nClient ID: %s.apps.googleusercontent.com\nAuthorized redirect URI: https://portal.fenwood-foragers.example/auth/callback\n"
            "GitHub App client ID: Iv1.%s\n" % (rs(rng, DIGITS, 12) + "-" + rs(rng, LALNUM, 32), rs(rng, HEX, 16)))


def spa_auth_config_ts(rng):
    return ("export const auth = {\n  issuer: 'https://id.oakhollow-fungi.example/realms/growfarm',\n  clientId: 'harvest-spa',\n  audience: '%s',\n  scope: 'openid profile',\n};\n" % uuid4(rng))


def grower_handbook_it_section(rng):
    return ("6.%d Passwords and tokens. Every controller ships with a default password; change it on day one. Never paste a token into the "
            "WhatsApp group – use the shared vault instead. If you think a password has leaked, tell %s and we will rotate it.\n" % (
                rng.randint(1, 9), rng.choice(PEOPLE)))


def coop_newsletter_security_tip(rng):
    return ("Security tip of the month (issue %d): a good password is long, not clever. Three or four random words beat a "
            "mushroom name with a number on the end. The portal will ask you to set a new one after the %s foray.\n" % (
                rng.randint(10, 80), rng.choice(["spring", "autumn", "chanterelle", "morel"])))


def esphome_compile_log(rng):
    return ("INFO Compiling app...\nRAM:   [=         ]  %d.%d%%\nFlash: [=====     ]  %d.%d%%\nBuilding .pioenvs/room%d/firmware.bin\n"
            "firmware sha256: %s\nINFO Successfully compiled program.\n" % (
                rng.randint(10, 15), rng.randint(0, 9), rng.randint(40, 60), rng.randint(0, 9), rng.randint(1, 6),
                hashlib.sha256(rbytes(rng, 16)).hexdigest()))


def ota_manifest_json(rng):
    return ('{\n  "name": "fogger-ctl",\n  "version": "2.%d.%d",\n  "builds": [{"chipFamily": "ESP32", "parts": [{"path": "fw.bin", "offset": 0}]}],\n  "md5": "%s",\n  "build_id": "%s"\n}\n'
            % (rng.randint(0, 9), rng.randint(0, 20), hashlib.md5(rbytes(rng, 16)).hexdigest(), rs(rng, HEX, 40)))


def coop_payout_remittance(rng):
    bban = "NWBK" + rs(rng, DIGITS, 14)
    return ("Remittance advice – payout %s\nPaid to: %s (member FFC%06d)\nIBAN GB%s %s\nReference: PAYOUT-%s  Amount: £%d.%02d\n" % (
        "po_" + rs(rng, ALNUM, 24), rng.choice(PEOPLE), rng.randint(0, 999999), iban_check("GB", bban),
        " ".join([bban[i:i + 4] for i in range(0, len(bban), 4)]), rs(rng, DIGITS, 6), rng.randint(10, 900), rng.randint(0, 99)))


def supplier_invoice_footer(rng):
    return ("Invoice INV-%d-%05d | VAT reg. GB %s | Sort code %02d-%02d-%02d Account %s | Stripe charge ch_%s\n" % (
        rng.randint(2023, 2025), rng.randint(1, 99999), rs(rng, DIGITS, 9), rng.randint(10, 99), rng.randint(10, 99),
        rng.randint(10, 99), rs(rng, DIGITS, 8), rs(rng, ALNUM, 24)))


def herbarium_specimen_label(rng):
    return ("Herb. K(M) %d\n%s\nColl. %s %d, det. %s\nMycoBank MB#%d  Index Fungorum IF%d\n" % (
        rng.randint(100000, 299999), rng.choice(SPECIES), rng.choice(PEOPLE), rng.randint(1, 999), rng.choice(PEOPLE),
        rng.randint(100000, 850000), rng.randint(100000, 850000)))


def mycobank_lookup_table(rng):
    rows = ["taxon | MycoBank | GBIF key"]
    for s in rng.sample(SPECIES, 3):
        rows.append("%s | MB%d | %d" % (s, rng.randint(100000, 850000), rng.randint(2500000, 9999999)))
    return "\n".join(rows) + "\n"


def harvest_api_json_response(rng):
    return ('{\n  "id": "%s",\n  "room": %d,\n  "flush": %d,\n  "kg": %d.%d,\n  "request_id": "%s",\n  "created_by": "%s"\n}\n' % (
        uuid4(rng), rng.randint(1, 6), rng.randint(1, 4), rng.randint(1, 60), rng.randint(0, 9), _ulid(rng), uuid4(rng)))


def yield_export_csv(rng):
    rows = ["harvest_id,room,species,kg,snowflake"]
    for _ in range(3):
        rows.append("%s,%d,%s,%d.%d,%d" % (uuid4(rng), rng.randint(1, 6), rng.choice(SPECIES), rng.randint(1, 60),
                                           rng.randint(0, 9), rng.randint(10 ** 17, 10 ** 18)))
    return "\n".join(rows) + "\n"


CLASSES = [
    ("mushroom_strain_accession_codes", "culture accession numbers, ATCC / NRRL references and strain labels",
     [culture_library_index_csv, strain_label_printout]),
    ("spawn_bag_lot_damm_codes", "spawn-bag lot numbers with real Damm check digits and scan logs",
     [spawn_batch_register, bag_label_scan_log]),
    ("harvest_crate_sscc_labels", "SSCC-18 and GTIN-13 codes with real GS1 check digits, ZPL label dumps",
     [packhouse_despatch_manifest, crate_label_zpl_dump]),
    ("its_sequence_and_genbank_ids", "ITS DNA reads (ACGT runs), GenBank accessions, sequencing run ids",
     [sequencing_results_email, fasta_excerpt]),
    ("foraging_permit_numbers", "foraging permit and landowner agreement references, grid references",
     [permit_register_export, landowner_agreement_excerpt]),
    ("lorawan_device_eui_inventory", "LoRaWAN DevEUI / JoinEUI, MAC addresses and sensor serials (no AppKey)",
     [sensor_inventory_sheet, lns_device_list_json]),
    ("storefront_public_keys_and_site_ids", "public-by-design keys: Stripe pk_live_51, Turnstile and reCAPTCHA site keys, Mapbox pk., PayPal client id",
     [checkout_page_source, theme_settings_json]),
    ("quickstart_placeholder_values", "<your-…>, changeme, sk_test_XXXX, replace-me, ${VAR:?}, empty values",
     [vendor_quickstart_readme, env_example_file]),
    ("log_redacted_credentials", "*** and [MASKED] in deploy logs, bullet-masked dashboard keys with a 4-character tail",
     [deploy_log_masked, admin_ui_screen_ocr]),
    ("secret_manager_pointers", "Kubernetes secretKeyRef, AWS Secrets Manager ARNs, op:// and Jinja vault variables",
     [k8s_secretkeyref_manifest, aws_secretsmanager_arn_config]),
    ("bcrypt_and_scrypt_hash_strings", "bcrypt $2b$ digests in a column called password, htpasswd-style lines, a $scrypt$ string (random in frame)",
     [portal_users_table_dump, htpasswd_style_export]),
    ("ansible_vault_and_pgp_ciphertext", "$ANSIBLE_VAULT;1.1;AES256 hex blocks and PGP MESSAGE armour (random in frame)",
     [ansible_vault_encrypted_vars, pgp_armored_message]),
    ("ssh_host_keys_and_fingerprints", "known_hosts ssh-ed25519 public keys (real wire format) and SHA256 fingerprints",
     [known_hosts_excerpt, ssh_keyscan_fingerprint_output]),
    ("subresource_integrity_and_lockfile_hashes", "sha384 / sha512 SRI and package-lock integrity values (real digests of random bytes)",
     [package_lock_integrity_excerpt, html_sri_script_tags]),
    ("oauth_public_client_identifiers", "Google OAuth client ids, GitHub App client ids, SPA client ids and audiences",
     [oauth_app_settings_page, spa_auth_config_ts]),
    ("mushroom_security_policy_prose", "handbook and newsletter prose about passwords and tokens with no value given",
     [grower_handbook_it_section, coop_newsletter_security_tip]),
    ("firmware_build_ids_and_checksums", "ESPHome compile logs and OTA manifests with sha256 / md5 / build ids",
     [esphome_compile_log, ota_manifest_json]),
    ("payout_invoice_and_bank_references", "GB IBANs with real MOD 97 digits, sort codes, VAT numbers, Stripe po_ / ch_ object ids",
     [coop_payout_remittance, supplier_invoice_footer]),
    ("fungal_taxonomy_and_herbarium_codes", "herbarium numbers, MycoBank / Index Fungorum / GBIF ids",
     [herbarium_specimen_label, mycobank_lookup_table]),
    ("harvest_api_object_ids", "UUIDv4 record ids, ULIDs and snowflake ids in API responses and exports",
     [harvest_api_json_response, yield_export_csv]),
]

WRAPPERS = [
    ("", None),
    ("__in_grower_whatsapp", lambda rng, t: "[%02d/0%d/2024, %02d:%02d] %s: fyi, from the system:\n%s[%02d/0%d/2024, %02d:%02d] %s: thanks\n" % (
        rng.randint(1, 28), rng.randint(1, 9), rng.randint(6, 21), rng.randint(0, 59), rng.choice(PEOPLE), t,
        rng.randint(1, 28), rng.randint(1, 9), rng.randint(6, 21), rng.randint(0, 59), rng.choice(PEOPLE))),
    ("__in_lab_helpdesk_ticket", lambda rng, t: "Ticket LAB-%d – can someone check this?\n---\n%s---\nPriority: low\n" % (rng.randint(100, 999), t)),
    ("__in_shop_email_thread", lambda rng, t: "From: %s <%s@oakhollow-fungi.example>\nSubject: Re: export\n\nSee below.\n\n> %s\n" % (
        rng.choice(PEOPLE), rng.choice(["ops", "shop", "lab"]), t.replace("\n", "\n> ").rstrip("> ").rstrip())),
    ("__in_forager_forum_reply", lambda rng, t: "Re: sharing our setup (post #%d)\nHere's what ours looks like, nothing sensitive:\n```\n%s```\n" % (rng.randint(2, 90), t)),
]


def generate(check_fn):
    """check_fn(text) -> True if the text is acceptable (no positive value, no password form …)."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    idx = 1
    for cname, _, kinds in CLASSES:
        for kind in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    t = kind(rng)
                    if wrap:
                        t = wrap(rng, t)
                    if t not in seen and check_fn(t):
                        break
                else:
                    raise RuntimeError("could not draw a clean negative for %s" % kind.__name__)
                seen.add(t)
                recs.append({"id": "p246-n-%04d" % idx, "class": cname, "container": kind.__name__ + wname,
                             "text": t, "source": "negative"})
                idx += 1
    return recs
