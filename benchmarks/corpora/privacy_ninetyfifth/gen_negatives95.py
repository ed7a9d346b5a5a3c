"""Hard negatives from localization work: look like secrets, are not."""
import hashlib, random
from common95 import *


def _u(r): return uuid4(r)


BASE = {
    # class: [(base_kind, fn)]
    "tms_project_numeric_and_hash_ids": [
        ("lokalise_project_id_listing", lambda r: "lokalise2 project list --token $LOKALISE_API_TOKEN\nproject_id: %s%s.%s  name: storefront-web\nproject_id: %s%s.%s  name: storefront-ios" % (rs(r, 10, string.digits), hexs(r, 12), rs(r, 8, string.digits), rs(r, 10, string.digits), hexs(r, 12), rs(r, 8, string.digits))),
        ("crowdin_project_and_file_ids", lambda r: '{"data": {"id": %d, "identifier": "storefront-%s", "sourceLanguageId": "en", "fileId": %d, "branchId": %d}}' % (r.randint(100000, 999999), rs(r, 6, LOWALNUM), r.randint(100, 9999), r.randint(10, 999))),
    ],
    "source_string_fingerprint": [
        ("transifex_source_string_hash", lambda r: "# .tx string key\nkey: %s\nsource: \"Add to cart\"\noccurrences: src/cart/Button.tsx:14" % hexs(r, 32)),
        ("phrase_key_content_hash_field", lambda r: '{"name": "cart.add", "data_type": "string", "content_hash": "%s", "updated_at": "2024-05-13T02:00:04Z"}' % hexs(r, 40)),
    ],
    "over_the_air_distribution_hash": [
        ("crowdin_ota_distribution_hash_in_app", lambda r: "const client = new OtaClient('%s');  // distribution hash, public, shipped in the app bundle" % hexs(r, 23)),
        ("tolgee_cdn_public_url", lambda r: "<script>window.TOLGEE_CDN = 'https://cdn.tolg.ee/%s/'</script>  <!-- content delivery prefix, public -->" % hexs(r, 32)),
    ],
    "mt_api_response_trace_id": [
        ("deepl_response_headers_trace", lambda r: "HTTP/2 200\ncontent-type: application/json\nx-trace-id: %s\nserver-timing: translate;dur=%d" % (hexs(r, 32), r.randint(40, 900))),
        ("google_translate_error_request_id", lambda r: '{"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED", "details": [{"requestId": "%s"}]}}' % _u(r)),
    ],
    "password_ui_string_in_catalog": [
        ("po_entry_password_label", lambda r: '#: templates/account/login.html:%d\nmsgid "Password"\nmsgstr "%s"\n\n#: templates/account/login.html:%d\nmsgid "Forgot your password?"\nmsgstr "%s"' % (r.randint(10, 99), r.choice(["Passwort", "Mot de passe", "Contraseña", "Wachtwoord"]), r.randint(100, 199), r.choice(["Passwort vergessen?", "Mot de passe oublié ?", "¿Olvidaste tu contraseña?"]))),
        ("i18next_json_password_keys", lambda r: '{\n  "auth": {\n    "password": "%s",\n    "passwordHint": "At least %d characters",\n    "apiKeyLabel": "API key",\n    "tokenExpired": "Your session token expired"\n  }\n}' % (r.choice(["Passwort", "Senha", "Hasło"]), r.randint(8, 14))),
    ],
    "icu_placeholder_syntax_value": [
        ("icu_message_with_secret_named_args", lambda r: 'reset.mail = "Hi {name}, your one-time code is {code} and expires in {minutes, plural, one {# minute} other {# minutes}} (ref {ticketId})"  # line %d' % r.randint(1, 400)),
        ("printf_named_placeholders_in_po", lambda r: '#, python-format\nmsgid "Token %%(token)s for %%(user)s expires on %%(date)s"\nmsgstr "Token %%(token)s für %%(user)s läuft am %%(date)s ab"\n# entry %d' % r.randint(1, 900)),
    ],
    "tms_token_environment_indirection": [
        ("crowdin_yml_api_token_env_reference", lambda r: '"project_id_env": "CROWDIN_PROJECT_ID"\n"api_token_env": "CROWDIN_PERSONAL_TOKEN"\n"base_path": "."\n# revision %s' % hexs(r, 7)),
        ("github_actions_secrets_expression", lambda r: "        env:\n          LOKALISE_API_TOKEN: ${{ secrets.LOKALISE_API_TOKEN }}\n          DEEPL_AUTH_KEY: ${{ secrets.DEEPL_AUTH_KEY_%d }}" % r.randint(1, 9)),
    ],
    "redacted_localization_token_echo": [
        ("tx_status_masked_token", lambda r: "$ tx status\nhost: https://app.transifex.com\ntoken: 1/****************************************%s\nproject: storefront" % hexs(r, 4)),
        ("weblate_admin_masked_api_key", lambda r: "API key: wlu_" + "•" * 36 + " (click to reveal)  user: l10n-bot-%d" % r.randint(1, 99)),
    ],
    "tms_documentation_dummy_credential": [
        ("vendor_readme_placeholder_token", lambda r: "Set your token before running:\n\n    export PHRASE_ACCESS_TOKEN=<your-access-token>\n    phrase pull   # step %d" % r.randint(1, 9)),
        ("deepl_docs_style_dummy_key", lambda r: 'translator = deepl.Translator("YOUR_AUTH_KEY_HERE")  # replace with your key (example %d)' % r.randint(1, 99)),
    ],
    "locale_bundle_content_digest": [
        ("mo_file_sha256sums", lambda r: "%s  locale/de/LC_MESSAGES/django.mo\n%s  locale/fr/LC_MESSAGES/django.mo" % (hexs(r, 64), hexs(r, 64))),
        ("i18n_bundle_manifest_integrity", lambda r: '{"de.json": {"file": "de.%s.json", "integrity": "sha384-%s"}}' % (hexs(r, 8), rs(r, 64, ALNUM + "+/"))),
    ],
    "tms_webhook_delivery_signature": [
        ("phrase_webhook_signature_header", lambda r: "POST /hooks/phrase HTTP/1.1\nX-PhraseApp-Event: translations:update\nX-PhraseApp-Signature: %s" % base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()),
        ("crowdin_webhook_delivery_log_hmac", lambda r: "webhook delivery #%d -> 200 in 184ms; header X-Hub-Signature-256: sha256=%s (computed HMAC, not the key)" % (r.randint(1000, 9999), hexs(r, 64))),
    ],
    "tms_resource_path_identifier": [
        ("transifex_resource_urn_list", lambda r: "o:example:p:storefront:r:web_%s\no:example:p:storefront:r:ios_%s" % (hexs(r, 12), hexs(r, 12))),
        ("lokalise_key_and_translation_ids", lambda r: "key_id=%d translation_id=%d segment=%d task=%s" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 9, 10 ** 10), r.randint(1, 9), _u(r))),
    ],
    "xliff_unit_identifier": [
        ("xliff_trans_unit_hash_ids", lambda r: '<trans-unit id="%s" resname="checkout.pay">\n  <source>Pay now</source>\n</trans-unit>' % hexs(r, 40)),
        ("tmx_tu_tuid_and_changeid", lambda r: '<tu tuid="%s" changeid="%s" creationdate="20240513T020004Z">' % (_u(r), hexs(r, 16))),
    ],
    "sops_encrypted_tms_token_field": [
        ("sops_yaml_enc_value", lambda r: "lokalise_api_token: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(bytes(r.randrange(256) for _ in range(30))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode())),
        ("ansible_vault_encrypted_crowdin_var", lambda r: "crowdin_token: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          %s\n          %s" % (hexs(r, 80), hexs(r, 80))),
    ],
    "translator_handoff_without_credential": [
        ("pm_note_ask_vault_for_password", lambda r: "Hi %s, the Smartling password is in the team vault under 'l10n/vendors'. Please don't paste it into the job brief; ask me if you can't open it." % r.choice(["Ana", "Kenji", "Ines", "Yara"])),
        ("rotation_runbook_note_no_value", lambda r: "Runbook step %d: rotate the Crowdin personal token every 90 days, update the CI secret, then revoke the old token in Account settings > API." % r.randint(1, 9)),
    ],
    "weblate_commit_trailer_hashes": [
        ("translated_using_weblate_commit", lambda r: "commit %s\nAuthor: Hosted Weblate <hosted@weblate.org>\n\n    Translated using Weblate (German)\n\n    Currently translated at %d.0%% (412 of 430 strings)" % (hexs(r, 40), r.randint(80, 99))),
        ("gerrit_change_id_l10n_commit", lambda r: "l10n: update fr catalogs\n\nChange-Id: I%s\nReviewed-on: https://review.example.org/c/l10n/+/%d" % (hexs(r, 40), r.randint(10000, 99999))),
    ],
}

WRAPS = [
    ("", lambda t, r: t),
    ("__in_tms_support_ticket", lambda t, r: "Support ticket #%d: is this value sensitive?\n---\n%s\n---\nAgent: no action needed." % (r.randint(10000, 99999), t)),
    ("__in_l10n_pr_review", lambda t, r: "Review on PR #%d (i18n sync):\n```\n%s\n```\nLGTM." % (r.randint(100, 9999), t)),
    ("__in_translator_forum_post", lambda t, r: "Posted in the translators' forum:\n\n%s\n\n(%d replies)" % (t, r.randint(0, 30))),
    ("__in_locale_sync_ci_log", lambda t, r: "\n".join("[i18n-sync %02d] %s" % (i, line) for i, line in enumerate(t.split("\n")))),
    ("__in_vendor_handoff_doc", lambda t, r: "Vendor hand-off notes (batch %d)\n\n> %s" % (r.randint(2, 40), t.replace("\n", "\n> "))),
]


def generate():
    r = random.Random(9506)
    out = []
    for cls, kinds in BASE.items():
        for kind, fn in kinds:
            for wname, w in WRAPS:
                out.append((cls, kind + wname, w(fn(r), r)))
    return out
