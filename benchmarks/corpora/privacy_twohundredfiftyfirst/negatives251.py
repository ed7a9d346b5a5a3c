"""Hard negatives from the same world: no secret in any of them."""
import base64
import hashlib
import json
import random

import enc251
import world251 as W
from common251 import (rs, rbytes, uuid4, b64url, ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEX, DIGITS, UPPER, LOWER,
                       isbn10_check, issn_check, s10_check, cas_check, iswc_check, gs1_check, crc16_ccitt_false,
                       b58check_encode, es256_keypair)

SEED = 25106

TITLES = ["The Owl Who Lost Her Hoot", "Seven Wooden Ducks", "Mrs Pickle's Puppet Show", "Under the Big Top",
          "The Quiet Kite", "Rosie and the Rocking Horse", "Bears in the Attic", "A Box of Buttons",
          "The Tin Drum Parade", "Counting Conkers", "Goodnight, Marionette", "Ollie's Odd Socks"]
SUBSTANCES = ["bis(2-ethylhexyl) phthalate", "dibutyl phthalate", "benzyl butyl phthalate", "formaldehyde",
              "bisphenol A", "nickel (migration)", "lead (soluble)", "cadmium (soluble)", "chromium VI", "boron"]
PIECES = ["Punch's Waltz", "Crocodile Stomp", "The Ghost Train Gallop", "Judy's Lullaby", "Seaside Interval",
          "Curtain Call Polka", "Sausage Chase", "Policeman's March"]
PRODUCTS = ["Wooden stacking rainbow", "Felt finger puppets (set of 5)", "Pull-along dachshund", "Marble run 60pc",
            "Glove puppet crocodile", "Jigsaw 100pc seaside", "Spinning top tin", "Shadow puppet kit"]


def isbn10(rng):
    b = rng.choice(["0", "1"]) + rs(rng, DIGITS, 8)
    return b + isbn10_check(b)


def issn(rng):
    b = rs(rng, DIGITS, 7)
    return "%s-%s%s" % (b[:4], b[4:], issn_check(b))


def s10(rng):
    b = rs(rng, DIGITS, 8)
    return rng.choice(["RR", "LX", "RB", "CP"]) + b + s10_check(b) + "GB"


def cas(rng):
    n = rng.randint(2, 6)
    b = rs(rng, "123456789", 1) + rs(rng, DIGITS, n) + rs(rng, DIGITS, 2)
    return "%s-%s-%s" % (b[:-2], b[-2:], cas_check(b))


def iswc(rng):
    b = rs(rng, DIGITS, 9)
    return "T-%s.%s.%s-%s" % (b[:3], b[3:6], b[6:], iswc_check(b))


def ean13(rng):
    b = "50" + rs(rng, DIGITS, 10)
    return b + gs1_check(b)


# ------------------------------------------------------------------ base kinds

def k_marc(rng):
    lines = []
    for _ in range(3):
        lines.append("=020  \\\\$a%s (hbk.)" % isbn10(rng))
        lines.append("=245  10$a%s /$cretold by %s." % (rng.choice(TITLES), rng.choice(["A. Finch", "M. Oduya", "L. Perrin"])))
    lines.append("=022  0\\$a%s" % issn(rng))
    return "\n".join(lines) + "\n"


def k_donation(rng):
    rows = ["ISBN,Title,Condition,Box"]
    for _ in range(4):
        rows.append("%s,%s,%s,B%d" % (isbn10(rng), rng.choice(TITLES), rng.choice(["good", "fair", "as new"]), rng.randint(1, 30)))
    return "\n".join(rows) + "\n"


def k_manifest(rng):
    rows = ["order,service,tracking,weight_g"]
    for _ in range(4):
        rows.append("TT-%d,International Tracked,%s,%d" % (rng.randint(10000, 99999), s10(rng), rng.randint(200, 2400)))
    return "\n".join(rows) + "\n"


def k_tracking_email(rng):
    return ("Hi %s,\n\nGood news: your Tumbledown Toys order TT-%d is on its way.\nTracking number: %s\n"
            "You can follow it on the Royal Mail website. Parcels to Ireland usually take 3-5 days.\n\nThe Frome shop team\n"
            ) % (rng.choice(["Aoife", "Ciarán", "Sinéad", "Declan"]), rng.randint(10000, 99999), s10(rng))


def k_en71(rng):
    rows = ["Test report %s-%d  ·  EN 71-3 / REACH Annex XVII" % (rng.choice(["SGS", "ITS"]), rng.randint(100000, 999999)),
            "Substance | CAS No. | Result | Limit"]
    for _ in range(4):
        rows.append("%s | %s | < %s %% | 0.1 %%" % (rng.choice(SUBSTANCES), cas(rng), rng.choice(["0.005", "0.01", "0.02"])))
    rows.append("Conclusion: PASS")
    return "\n".join(rows) + "\n"


def k_svhc(rng):
    return ("Declaration of conformity – SVHC\nWe confirm the article \"%s\" contains none of the following above 0.1 %% w/w: "
            "%s, %s and %s (CAS %s, %s, %s).\nSigned for the supplier, Frome, March 2025\n") % (
        rng.choice(PRODUCTS), rng.choice(SUBSTANCES), rng.choice(SUBSTANCES), rng.choice(SUBSTANCES), cas(rng), cas(rng), cas(rng))


def k_prs(rng):
    rows = ["Set list return – Marrowgate Puppet Theatre – run of 'Punch at Sea'", "Work | ISWC | Composer | Duration"]
    for _ in range(4):
        rows.append("%s | %s | %s | %d:%02d" % (rng.choice(PIECES), iswc(rng), rng.choice(["O. Lindqvist", "trad. arr. Lindqvist"]),
                                             rng.randint(0, 4), rng.randint(0, 59)))
    return "\n".join(rows) + "\n"


def k_cue_sheet_music(rng):
    out = "MUSIC CUE SHEET\n"
    for q in range(1, 5):
        out += "Q%d  %s  ISWC %s  fade in %ds\n" % (q, rng.choice(PIECES), iswc(rng), rng.randint(1, 5))
    return out


def k_shelf_labels(rng):
    out = "SHELF LABEL BATCH %d (Frome)\n" % rng.randint(100, 999)
    for _ in range(4):
        out += "%s  %-32s  £%d.%02d  age %d+\n" % (ean13(rng), rng.choice(PRODUCTS), rng.randint(3, 40), rng.choice([0, 50, 99]), rng.choice([0, 3, 6]))
    return out


def k_feed(rng):
    rows = ["gtin,sku,title,age_grade,ukca"]
    for _ in range(4):
        rows.append("%s,TT-%s,%s,%d+,yes" % (ean13(rng), rs(rng, UPPER_ALNUM, 5), rng.choice(PRODUCTS), rng.choice([3, 6, 10])))
    return "\n".join(rows) + "\n"


def k_sha_sums(rng):
    out = ""
    for name in ["octoprint_marrowgate_notify-1.2.0.zip", "klipper-firmware-v0.12.bin", "moonraker-timelapse-0.4.tar.gz"]:
        out += "%s  %s\n" % (hashlib.sha256(rbytes(rng, 64)).hexdigest(), name)
    return out


def k_media_manifest(rng):
    items = []
    for name in ["q12_thunder.wav", "q15_seaside_loop.wav", "q21_curtain_call.wav"]:
        items.append({"file": name, "bytes": rng.randint(10 ** 6, 9 * 10 ** 7), "sha256": hashlib.sha256(rbytes(rng, 48)).hexdigest()})
    return json.dumps({"show": "Punch at Sea", "media": items}, indent=2) + "\n"


BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def k_users_dump(rng):
    out = "INSERT INTO `users` (`id`, `name`, `email`, `password`, `remember_token`) VALUES\n"
    rows = []
    for i, p in enumerate(W.PEOPLE[6:9]):
        rows.append("(%d, '%s %s', '%s', '$2y$10$%s', NULL)" % (i + 1, p[0], p[1], W.email_of(p), rs(rng, BCRYPT, 53)))
    return out + ",\n".join(rows) + ";\n"


def k_shadow(rng):
    out = ""
    for user in ["root", "rohan", "kiosk", "maja"]:
        if user == "root":
            out += "root:!:19800:0:99999:7:::\n"
        else:
            out += "%s:$y$j9T$%s$%s:19%d:0:99999:7:::\n" % (user, rs(rng, BCRYPT, 22), rs(rng, BCRYPT, 43), rng.randint(700, 999))
    return out


def _ssh_ed25519_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def k_authorized_keys(rng):
    return ("# ~/.ssh/authorized_keys on laser-pc\n%s teo@workshop-laptop\n%s agnieszka@lanternfly\n"
            "%s backup@workshop-nas\n") % (_ssh_ed25519_pub(rng), _ssh_ed25519_pub(rng), _ssh_ed25519_pub(rng))


def k_jwks(rng):
    keys = []
    for _ in range(2):
        d, (x, y) = es256_keypair(rng)
        keys.append({"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": rs(rng, UPPER_ALNUM, 10),
                     "x": b64url(x.to_bytes(32, "big")), "y": b64url(y.to_bytes(32, "big"))})
    return "// public signing keys of the push gateway (verification only)\n" + json.dumps({"keys": keys}, indent=2) + "\n"


def k_liquid(rng):
    return ("{%% comment %%} theme.liquid, storefront head {%% endcomment %%}\n"
            "<script async src=\"https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=%s\"></script>\n"
            "<script>const stripe = Stripe('pk_live_51%s');</script>\n"
            "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n") % (rs(rng, ALNUM, 6), rs(rng, ALNUM, 97), rs(rng, ALNUM + "-_", 38))


def k_checkout_source(rng):
    return ("<!-- checkout.html (served to every visitor) -->\n<script>\n"
            "  const search = algoliasearch('%s', '%s'); // search-only key\n"
            "  const storefrontToken = '%s'; // Shopify Storefront API, public\n"
            "</script>\n<script src=\"https://maps.googleapis.com/maps/api/js?key=AIzaSy%s&libraries=places\"></script>\n"
            ) % (rs(rng, UPPER_ALNUM, 10), rs(rng, HEX, 32), rs(rng, HEX, 32), rs(rng, ALNUM + "-_", 33))


def k_quickstart(rng):
    return ("## Quickstart\n\n```bash\nexport KLAVIYO_PRIVATE_API_KEY=\"<your-private-api-key>\"\n"
            "export AWS_SECRET_ACCESS_KEY=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"\n```\n\n"
            "The key looks like `pk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`; never commit the real one.\n")


def k_curl_example(rng):
    return ("```sh\ncurl https://api.lanternfly.example/v1/loans \\\n  -H \"Authorization: Bearer $LOANBOX_TOKEN\" \\\n"
            "  -H \"X-Request-Id: %s\"\n```\nReplace `$LOANBOX_TOKEN` with YOUR_API_TOKEN from the dashboard.\n") % uuid4(rng)


def k_env_example(rng):
    return ("APP_NAME=\"Tumbledown Toys\"\nAPP_KEY=\nDB_PASSWORD=\nKLAVIYO_PRIVATE_API_KEY=changeme\n"
            "SUMUP_SECRET_API_KEY=\nSHIPSTATION_API_SECRET=replace-me\nPUSHER_APP_SECRET=null\n")


def k_compose_template(rng):
    return ("services:\n  loanbox:\n    environment:\n      KIOSK_SECRET: ${KIOSK_SECRET:?set KIOSK_SECRET in .env}\n"
            "      LOANS_DESK_PASSWORD: ${LOANS_DESK_PASSWORD:-}\n      STOCK_SYNC_KEY: \"<from-1password>\"\n")


def k_settings_screenshot(rng):
    return ("[screenshot text: Integrations › Marketing]\nKlaviyo private key   pk_••••••••••••••••••••••••••••••%s   [Rotate]\n"
            "SumUp secret key      sup_sk_••••••••••••••••••••••••••%s   [Rotate]\nLast used: 2 minutes ago\n") % (rs(rng, ALNUM, 4), rs(rng, ALNUM, 4))


def k_ci_masked(rng):
    return ("+ export SHOPIFY_CUSTOM_APP_ADMIN_TOKEN=***\n+ export BOX_OFFICE_API_TOKEN=[MASKED]\n"
            "+ ./bin/deploy production\nDeploy %s finished in %ds\n") % (rs(rng, HEX, 7), rng.randint(40, 300))


def k_ansible_lookups(rng):
    return ("klaviyo_private_api_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/shop:klaviyo') }}\"\n"
            "box_office_supervisor_password: \"{{ lookup('community.general.onepassword', 'Box office', field='password', vault='Marrowgate') }}\"\n"
            "loans_desk_password: \"op://Bramblewick/Loans desk/credential\"\n")


def k_external_secret(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: loanbox\nspec:\n"
            "  secretStoreRef: { name: lanternfly-vault, kind: ClusterSecretStore }\n  data:\n"
            "    - secretKey: KIOSK_SECRET\n      remoteRef: { key: kv/bramblewick/kiosk, property: secret }\n"
            "    - secretKey: GOCARDLESS_TOKEN\n      remoteRef: { key: arn:aws:secretsmanager:eu-west-2:%s:secret:gocardless-%s }\n"
            ) % (rs(rng, DIGITS, 12), rs(rng, ALNUM, 6))


def k_vault_file(rng):
    body = rbytes(rng, 160).hex()
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


def k_laravel_cookie(rng):
    payload = {"iv": base64.b64encode(rbytes(rng, 16)).decode(), "value": base64.b64encode(rbytes(rng, 48)).decode(),
               "mac": rbytes(rng, 32).hex(), "tag": ""}
    enc = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
    return "[2025-03-14 19:02:11] production.DEBUG: cart cookie tumbledown_session=%s\n" % enc


def k_sales_csv(rng):
    rows = ["order_id,booking_ref,show,seat,price"]
    for _ in range(4):
        rows.append("%s,MPT-2503%02d-%04d,Punch at Sea,%s%d,%d.00" % (uuid4(rng), rng.randint(1, 28), rng.randint(1, 9999),
                                                                    rng.choice("ABCDEFGH"), rng.randint(1, 14), rng.choice([8, 10, 12])))
    return "\n".join(rows) + "\n"


def k_booking_email(rng):
    return ("Thank you for booking with Marrowgate Puppet Theatre!\nBooking reference: MPT-%s\nOrder: %s\n"
            "Seats: %s%d, %s%d  ·  Saturday 2.30pm matinee\nShow this e-mail or the QR code at the door.\n") % (
        rs(rng, UPPER_ALNUM, 6), uuid4(rng), rng.choice("CDE"), rng.randint(1, 9), rng.choice("CDE"), rng.randint(1, 9))


def k_handbook(rng):
    return ("IT at the toy library\nNever write a password on a sticky note or paste it into the volunteer chat. "
            "If you need the loans-desk login, ask the duty coordinator, who will type it in for you. "
            "Passwords are changed every term and kept in the password manager, nowhere else.\n")


def k_briefing(rng):
    return ("Staff briefing – Frome shop\n• Tills: if a customer asks for the manager PIN, fetch a manager; don't read it out.\n"
            "• New stockroom scanners arrive Tuesday; Precious will set the admin login herself.\n"
            "• Phishing e-mails about 'Faire payouts' are going round – don't click, forward to Femi.\n")


def k_eos_patch(rng):
    out = "Channel, Address, Type, Label\n"
    a = rng.randint(1, 40)
    for ch in range(1, 6):
        out += "%d, %d/%d, %s, %s\n" % (ch, 1, a, rng.choice(["ETC Source4 LED", "Chauvet Ovation", "Generic Dimmer"]),
                                       rng.choice(["FOH L", "FOH R", "Puppet bridge", "Cyc top", "Sidelight"]))
        a += rng.randint(1, 8)
    return out


def k_cue_levels(rng):
    out = "Cue 12  (Punch enters)  up 3 down 5\n"
    ch = rng.randint(1, 20)
    for _ in range(4):
        out += "  Chan %d @ %d%%\n" % (ch, rng.choice([0, 25, 40, 55, 70, 85, 100]))
        ch += rng.randint(1, 4)
    return out


def k_seat_map(rng):
    out = "STALLS (rows A-L, no row I)\n"
    for row, n in enc251.SEAT_ROWS:
        out += "%s  %s\n" % (row, " ".join(str(i) for i in range(1, n + 1)))
    return out


def k_house_seats(rng):
    holds = ", ".join("%s%d" % (rng.choice("CDEFGH"), rng.randint(1, 12)) for _ in range(6))
    return "House seats held for Saturday matinee: %s\nRelease unsold holds at 13:30. Wheelchair spaces: A1, A8.\n" % holds


def k_tarot_spread(rng):
    cards = rng.sample(enc251.TAROT, 3)
    return ("Madame Marionette's fortune booth, summer fair – reading #%d\nPast: %s | Present: %s | Future: %s\n"
            "(for entertainment only)\n") % (rng.randint(1, 80), cards[0], cards[1], cards[2])


def k_stem_kit(rng):
    return ("STEM kit 4 – blinking puppet eyes\nR1 220 Ω red-red-brown-gold\nR2 1 kΩ brown-black-red-gold\n"
            "LEDs: 2 × red. Worksheet: find Cu, Zn and Fe on the periodic table poster.\n")


def k_kiosk_registry(rng):
    out = "# kiosk device registry (public device ids printed on the case label)\n"
    for n in range(1, 4):
        out += "kiosk%d  %s  front door\n" % (n, b58check_encode(bytes([0x1C]) + rbytes(rng, 20)))
    return out


def k_ticket_scan(rng):
    out = ""
    for _ in range(3):
        body = rs(rng, ALNUM, 32)
        out += "19:2%d:%02d door2 SCAN OK tkt_%s_%04X seat %s%d\n" % (rng.randint(0, 9), rng.randint(0, 59), body,
                                                                     crc16_ccitt_false(body.encode()), rng.choice("DEF"), rng.randint(1, 12))
    return out


CLASSES = [
    ("toy_library_isbn_issn_catalogue", "ISBN-10 (real mod-11 check) and ISSN (real mod-11 check) in catalogue exports",
     [("koha_marc_export_lines", k_marc), ("picture_book_donation_list", k_donation)]),
    ("parcel_s10_tracking_numbers", "UPU S10 tracking numbers with real check digits (weights 8 6 4 2 3 5 9 7)",
     [("despatch_manifest_csv", k_manifest), ("customer_tracking_email", k_tracking_email)]),
    ("toy_safety_cas_test_reports", "CAS registry numbers with real check digits in toy-safety test reports",
     [("en71_test_report_extract", k_en71), ("reach_svhc_declaration", k_svhc)]),
    ("theatre_music_iswc_licences", "ISWC work codes with real check digits in music licensing returns",
     [("prs_setlist_return", k_prs), ("show_music_cue_sheet", k_cue_sheet_music)]),
    ("toy_barcode_gtin_labels", "EAN-13 / GTIN-13 with real GS1 check digits on labels and feeds",
     [("shelf_label_print_batch", k_shelf_labels), ("supplier_product_feed_csv", k_feed)]),
    ("firmware_and_asset_sha256_digests", "SHA-256 digests (real digests of random bytes)",
     [("octoprint_plugin_checksums", k_sha_sums), ("show_media_manifest", k_media_manifest)]),
    ("bcrypt_and_yescrypt_hash_rows", "bcrypt `$2y$` rows in a column called password, yescrypt `$y$` shadow lines (random in frame)",
     [("laravel_users_table_dump", k_users_dump), ("kiosk_shadow_excerpt", k_shadow)]),
    ("ssh_and_es256_public_keys", "ssh-ed25519 public keys (real wire format) and ES256 public JWKs (real P-256 points)",
     [("authorized_keys_file", k_authorized_keys), ("push_signing_jwks_json", k_jwks)]),
    ("storefront_publishable_keys", "public-by-design keys: Klaviyo company id, Stripe pk_live_, reCAPTCHA site key, Algolia search-only key, Shopify Storefront token, Maps browser key",
     [("shop_theme_liquid_snippet", k_liquid), ("checkout_page_source", k_checkout_source)]),
    ("vendor_manual_sample_values", "documentation placeholders and AWS's documented example secret",
     [("api_quickstart_markdown", k_quickstart), ("sdk_readme_curl_example", k_curl_example)]),
    ("dotenv_example_blank_slots", "this corpus's key names with empty, changeme, replace-me, null, ${VAR:?} and <from-1password> values",
     [("laravel_env_example", k_env_example), ("compose_env_template", k_compose_template)]),
    ("masked_credential_previews", "masked values keeping at most four characters, *** and [MASKED]",
     [("integrations_settings_screenshot", k_settings_screenshot), ("ci_job_log_masked", k_ci_masked)]),
    ("secret_manager_reference_uris", "Vault and 1Password lookups, op:// and Secrets Manager ARNs",
     [("ansible_lookup_references", k_ansible_lookups), ("k8s_external_secret_manifest", k_external_secret)]),
    ("ansible_vault_and_laravel_ciphertexts", "Ansible Vault bodies and Laravel encrypted payloads (random in frame)",
     [("vault_encrypted_vars_file", k_vault_file), ("encrypted_cookie_log_line", k_laravel_cookie)]),
    ("box_office_booking_references", "UUIDv4 order ids and booking references",
     [("ticket_sales_export_csv", k_sales_csv), ("booking_confirmation_email", k_booking_email)]),
    ("staff_handbook_password_guidance", "prose about passwords with no value",
     [("volunteer_handbook_it_page", k_handbook), ("shop_staff_briefing_notes", k_briefing)]),
    ("dmx_patch_and_cue_sheets", "genuine lighting patch and cue levels (the look of the DMX evasion, carrying nothing)",
     [("eos_patch_export", k_eos_patch), ("cue_sheet_levels", k_cue_levels)]),
    ("seat_plan_and_ticket_allocations", "genuine seat plans and holds (the look of the seat-plan evasion, carrying nothing)",
     [("stalls_seat_map_text", k_seat_map), ("house_seats_hold_list", k_house_seats)]),
    ("fortune_booth_and_science_kit_lists", "genuine tarot readings, resistor bands and element symbols (the look of three evasions, carrying nothing)",
     [("puppet_fair_tarot_spread", k_tarot_spread), ("stem_kit_instruction_sheet", k_stem_kit)]),
    ("own_shape_public_counterparts", "public look-alikes of this corpus's own shapes: Base58Check device ids (version 0x1C), CRC-16-tailed tkt_ ticket ids",
     [("kiosk_device_registry", k_kiosk_registry), ("ticket_scan_log", k_ticket_scan)]),
]

WRAPPERS = [
    ("", None),
    ("__pasted_in_crew_whatsapp", "[%02d/03/2025, %02d:%02d] Luis Ortega: pasting this here so everyone has it – nothing secret in it\n"),
    ("__quoted_in_zendesk_ticket", "Ticket #%d · internal note\nQuoting what the customer sent (no credentials in it):\n"),
    ("__forwarded_from_box_office", "---------- Forwarded message ---------\nFrom: Nadia Petrosyan <nadia.petrosyan@marrowgate-puppets.example>\nSubject: FYI, for the file (%d)\n\n"),
    ("__posted_on_toy_trade_forum", "Re: [toy trade forum] how do you lay these out? (post %d)\n"),
    ("__kept_in_volunteer_wiki", "Volunteer wiki › Reference › page %d\n"),
]


def wrap(rng, w, text):
    name, head = w
    if head is None:
        return text
    if name == "__pasted_in_crew_whatsapp":
        return head % (rng.randint(1, 28), rng.randint(8, 22), rng.randint(0, 59)) + text
    return head % rng.randint(1000, 99999) + text


def build(reg_strings, rng_seed=SEED, clean=None):
    """reg_strings: every registered string (values, neighbours, plains, runs);
    clean(text) -> list of problems (used to redraw)."""
    rng = random.Random(rng_seed)
    recs = []
    seen = set()
    for cls, desc, kinds in CLASSES:
        for kname, fn in kinds:
            for w in WRAPPERS:
                for _ in range(200):
                    text = wrap(rng, w, fn(rng))
                    if text in seen:
                        continue
                    if clean is None or not clean(text):
                        break
                else:
                    raise RuntimeError("negative could not be drawn clean: %s" % kname)
                seen.add(text)
                recs.append({"class": cls, "container": kname + w[0], "text": text, "source": "negative"})
    return recs
