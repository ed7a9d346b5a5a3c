"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import random, base64, hashlib, hmac, textwrap
from common import *

def _b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()

def k_gpg_pub(r):
    body = "\n".join(textwrap.wrap(_b64(r, 300), 64))
    return "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: %s release signing key (public)\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----" % (pick(r, REPOS), body, _b64(r, 3))

def k_allowed_signers(r):
    return "\n".join('%s@users.example namespaces="git" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s' % (pick(r, USERS), _b64(r, 32)[:43]) for _ in range(3))

def k_env_example(r):
    return "# copy to .env and fill in\nNPM_TOKEN=<your-npm-token-here>\nPYPI_API_TOKEN=changeme\nSMTP_PASSWORD=\nGH_TOKEN=${GH_TOKEN:?set me}"

def k_issue_template_redacted(r):
    return "### Config (secrets removed)\n```yaml\nregistry: https://npm.oss.example\ntoken: \"[redacted]\"\npassword: \"xxxxxxxx\"\n```\n(redacted by @%s per CONTRIBUTING.md)" % pick(r, USERS)

def k_sha256sums(r):
    rp, v = pick(r, REPOS), ver(r)
    return "\n".join("%s  %s-%s-%s.tar.gz" % (rs(r, HEX, 64), rp, v, p) for p in ("linux-amd64", "darwin-arm64", "windows-amd64"))

def k_sri(r):
    return "\n".join('      "integrity": "sha512-%s",' % _b64(r, 64) for _ in range(3))

def k_travis_secure(r):
    return "env:\n  global:\n    - secure: \"%s\"" % _b64(r, 256)

def k_sealed(r):
    return "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    NPM_TOKEN: AgB%s" % _b64(r, 280)

def k_triple_star(r):
    return "%s Run npm publish --provenance\n%s   NODE_AUTH_TOKEN: ***\n%s + npm publish\n%s npm notice Publishing to https://registry.npmjs.org/ with tag latest" % ((ts(r),) * 4)

def k_last_four(r):
    return "$ npm token list\n| id     | token   | created    | readonly |\n|--------|---------|------------|----------|\n| %s | npm_…%s | 2024-03-02 | no       |\n| %s | npm_…%s | 2024-05-19 | yes      |" % (rs(r, HEX, 6), rs(r, LO + DG, 4), rs(r, HEX, 6), rs(r, LO + DG, 4))

def k_step_ids(r):
    return "steps:\n  - id: check_npm_token_scope\n  - id: rotate_pypi_token_reminder\n  - id: verify_gpg_passphrase_prompt_disabled\n  - id: secret_scanning_push_protection"

def k_env_names(r):
    return "Required repository secrets:\n- NPM_TOKEN\n- PYPI_API_TOKEN\n- GPG_PRIVATE_KEY\n- GPG_PASSPHRASE\n- SONATYPE_PASSWORD\n(values live in the org settings)"

def k_security_md(r):
    return "## Credentials\nRelease credentials are never shared in issues, chats or mailing lists. If you find a password or token in the history, do not test it: report it privately and we will rotate it within 24 hours."

def k_minutes(r):
    return "Maintainer call minutes:\n- %s rotated the publish token after the leak in #%d\n- agreed: passphrases go to the password manager only\n- nobody pasted the new password anywhere" % (pick(r, USERS), r.randint(100, 9999))

def k_run_ids(r):
    return "\n".join("run %d  job %d  attempt %d  %s" % (r.randint(10**9, 10**10), r.randint(10**10, 10**11), r.randint(1, 3), pick(r, ["success", "failure", "cancelled"])) for _ in range(4))

def k_preview_slugs(r):
    return "\n".join("https://deploy-preview-%d--%s.netlify.example  (%s)" % (r.randint(100, 4000), pick(r, REPOS), rs(r, LO + DG, 24)) for _ in range(3))

def k_delivery_guids(r):
    return "\n".join("X-GitHub-Delivery: %s  event=%s" % (uid(r), pick(r, ["push", "release", "workflow_run", "issues"])) for _ in range(4))

def k_request_ids(r):
    return "\n".join("npm http fetch PUT 200 https://registry.npmjs.org/%s 812ms (npm-notice request-id %s)" % (pick(r, REPOS), uid(r).replace("-", "")) for _ in range(3))

def k_htpasswd(r):
    a64 = "./" + AN
    return "\n".join("%s:$2y$10$%s" % (pick(r, USERS), rs(r, a64, 53)) for _ in range(3))

def k_argon2(r):
    return "users:\n  - name: %s\n    hash: \"$argon2id$v=19$m=65536,t=3,p=4$%s$%s\"" % (pick(r, USERS), _b64(r, 16).rstrip("="), _b64(r, 32).rstrip("="))

def k_secrets_ctx(r):
    return "env:\n  NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n  TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}\n  GPG_PASSPHRASE: ${{ secrets.GPG_PASSPHRASE }}"

def k_ci_var_indirection(r):
    return "deploy:\n  script:\n    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"\n    - twine upload -u __token__ -p \"$PYPI_TOKEN\" dist/*"

def k_fake_consts(r):
    return "# tests/conftest.py\nFAKE_NPM_TOKEN = \"npm_THIS_IS_NOT_A_REAL_TOKEN\"\nDUMMY_PASSWORD = \"not-a-real-password\"\nTEST_WEBHOOK_SECRET = \"test-secret\""

def k_fixture_basic(r):
    return "fixtures:\n  - user: test\n    password: test\n  - user: example\n    password: example-password\n# used by the offline registry mock only"

def k_changelog_headers(r):
    return "\n".join("## [%s] - 2024-%02d-%02d" % (ver(r), r.randint(1, 12), r.randint(1, 28)) for _ in range(4))

def k_image_tags(r):
    rp = pick(r, REPOS)
    return "\n".join("ghcr.example/oss/%s:%s-%s" % (rp, ver(r), t) for t in ("alpine", "bookworm", "distroless", "rc.1"))

def k_docsearch(r):
    return "docsearch({\n  appId: '%s',\n  apiKey: '%s', // search-only public key\n  indexName: '%s',\n});" % (rs(r, UP + DG, 10), rs(r, HEX, 32), pick(r, REPOS))

def k_posthog(r):
    return "<script>\n  posthog.init('phc_%s', {api_host: 'https://eu.posthog.example'})\n</script>" % mixed(r, AN, 43)

def k_pgp_sig_patch(r):
    return "Signed-off-by: %s <%s@users.example>\n-----BEGIN PGP SIGNATURE-----\n\n%s\n=%s\n-----END PGP SIGNATURE-----" % (pick(r, USERS), pick(r, USERS), "\n".join(textwrap.wrap(_b64(r, 120), 64)), _b64(r, 3))

def k_sigstore(r):
    return "{\"mediaType\": \"application/vnd.dev.sigstore.bundle.v0.3+json\", \"messageSignature\": {\"messageDigest\": {\"algorithm\": \"SHA2_256\", \"digest\": \"%s\"}, \"signature\": \"%s\"}}" % (_b64(r, 32), _b64(r, 70))

BASE = {
 "public_key_or_certificate": ("maintainer_gpg_pubkey_armor", k_gpg_pub, "git_allowed_signers_file", k_allowed_signers),
 "placeholder_or_redacted": ("release_env_example_file", k_env_example, "issue_template_redacted_config", k_issue_template_redacted),
 "digest_or_checksum": ("release_sha256sums_manifest", k_sha256sums, "lockfile_sri_integrity_lines", k_sri),
 "ciphertext_or_sealed_value": ("travis_secure_env_blob", k_travis_secure, "sealed_secret_encrypted_data", k_sealed),
 "masked_partial_value": ("actions_log_triple_star_mask", k_triple_star, "npm_token_list_truncated_ids", k_last_four),
 "code_identifier_lookalike": ("workflow_step_ids_token_words", k_step_ids, "required_secret_names_checklist", k_env_names),
 "password_prose_no_value": ("security_md_credentials_paragraph", k_security_md, "maintainer_call_minutes_rotation", k_minutes),
 "opaque_random_identifier": ("workflow_run_and_job_numbers", k_run_ids, "deploy_preview_slug_urls", k_preview_slugs),
 "uuid_or_request_identifier": ("webhook_delivery_guid_headers", k_delivery_guids, "registry_fetch_request_ids", k_request_ids),
 "password_hash_not_plaintext": ("preview_htpasswd_bcrypt_rows", k_htpasswd, "argon2id_encoded_user_hash", k_argon2),
 "secret_store_reference": ("actions_secrets_context_expressions", k_secrets_ctx, "ci_variable_indirection_script", k_ci_var_indirection),
 "test_fixture_fake_credential": ("conftest_fake_token_constants", k_fake_consts, "registry_mock_fixture_users", k_fixture_basic),
 "version_or_build_string": ("changelog_release_headings", k_changelog_headers, "container_image_tag_matrix", k_image_tags),
 "publishable_client_key": ("docsearch_public_search_key_config", k_docsearch, "posthog_public_project_key_snippet", k_posthog),
 "detached_signature_or_attestation": ("signed_patch_pgp_signature_block", k_pgp_sig_patch, "sigstore_bundle_signature_field", k_sigstore),
}

WRAPPERS = {
 "in_actions_run_log": lambda r, t: "\n".join("%s %s" % (ts(r), l) for l in t.split("\n")),
 "in_issue_comment_thread": lambda r, t: "**%s** commented:\n\n%s\n\n👍 2" % (pick(r, USERS), t),
 "in_mailing_list_reply": lambda r, t: "On Wed, %s wrote:\n%s\n\nLooks fine to me, applied." % (pick(r, USERS), "\n".join("> " + l for l in t.split("\n"))),
 "in_release_notes_draft": lambda r, t: "## %s %s (draft)\n\n<details><summary>CI notes</summary>\n\n%s\n\n</details>" % (pick(r, REPOS), ver(r), t),
 "in_maintainer_matrix_room": lambda r, t: "[%s] <%s> fyi:\n%s" % (ts(r)[11:16], pick(r, USERS), t),
}

# documentation values (public examples; only here)
AWS_DOC = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
RFC7617 = base64.b64encode(b"Aladdin:open sesame").decode()
RFC4231_1 = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
SHA1_EMPTY = hashlib.sha1(b"").hexdigest()
RFC6238_SHA1 = base64.b32encode(b"12345678901234567890").decode()
PUBLISHED = {
 "RFC7617": ("QWxhZGRpbjpvcGVuIHNlc2FtZQ==", RFC7617),
 "RFC4231_1": ("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", RFC4231_1),
 "SHA1_EMPTY": ("da39a3ee5e6b4b0d3255bfef95601890afd80709", SHA1_EMPTY),
 "RFC6238_SHA1": ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC6238_SHA1),
}
DOCS = {
 "aws_docs_key_in_release_faq": "FAQ: why does the example config show AWS_SECRET_ACCESS_KEY=%s? That is the placeholder from the AWS documentation, not ours." % AWS_DOC,
 "rfc7617_aladdin_basic_in_webhook_test": "def test_basic_header():\n    # RFC 7617 example credentials\n    assert header == \"Authorization: Basic %s\"" % RFC7617,
 "rfc4231_case1_hmac_in_bot_signature_test": "# RFC 4231 test case 1 (key 0x0b * 20, data \"Hi There\")\nEXPECTED_SHA256 = \"%s\"" % RFC4231_1,
 "sha1_empty_input_in_cache_key_note": "Note: a cache key of %s means the hashed lockfile was empty (SHA-1 of zero bytes)." % SHA1_EMPTY,
 "rfc6238_sha1_seed_in_2fa_docs": "The TOTP unit tests use the RFC 6238 reference seed %s (ASCII 12345678901234567890 in Base32)." % RFC6238_SHA1,
}
DOC_VALUES = [AWS_DOC, RFC7617, RFC4231_1, SHA1_EMPTY, RFC6238_SHA1]


def own_names():
    n = ["detached_signature_or_attestation"] + list(WRAPPERS) + list(DOCS)
    for c, (a, _, b, _) in BASE.items():
        n += [a, b]
    return n


def generate():
    rng = random.Random(5306)
    out = []
    for cls in sorted(BASE):
        a, fa, b, fb = BASE[cls]
        for kind, fn in ((a, fa), (b, fb)):
            out.append({"class": cls, "container": kind, "text": fn(rng), "source": "negative"})
            for w, wf in WRAPPERS.items():
                out.append({"class": cls, "container": kind + "__" + w, "text": wf(rng, fn(rng)), "source": "negative"})
    for kind, text in DOCS.items():
        out.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return out
