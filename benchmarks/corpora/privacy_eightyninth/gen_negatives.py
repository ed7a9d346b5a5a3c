"""Hard negatives: 16 classes x 2 base kinds x 6 presentations."""
import random, hashlib, base64
from common import *


def pem_pub(r):
    body = b64(r, 91)
    return "-----BEGIN PUBLIC KEY-----\n" + body[:64] + "\n" + body[64:] + "\n-----END PUBLIC KEY-----"


B = {
 "sigstore_public_verification_material": [
  ("cosign_pub_pem_file", lambda r, k: "# cosign.pub -- verify with: cosign verify-blob --key cosign.pub --signature {0}.sig {0}.tar.gz\n".format(k["pkg"]) + pem_pub(r) + "\n"),
  ("minisign_public_key_line", lambda r, k: "untrusted comment: minisign public key %s\nRW%s\n" % (hexs(r, 16).upper(), b64(r, 40)[:54])),
 ],
 "package_archive_integrity_digest": [
  ("cargo_lock_checksum_entry", lambda r, k: '[[package]]\nname = "%s"\nversion = "%s"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n' % (k["pkg"], k["ver"], hexs(r, 64))),
  ("npm_lockfile_integrity_sha512", lambda r, k: '"node_modules/%s": {\n  "version": "%s",\n  "integrity": "sha512-%s"\n}\n' % (k["pkg"], k["ver"], b64(r, 64))),
 ],
 "release_key_fingerprint_listing": [
  ("keys_asc_fingerprint_block", lambda r, k: "pub   rsa4096 2024-01-0%d [SC]\n      %s\nuid           [ultimate] %s (release signing) <%s@mail.example>\n" % (r.randint(1, 9), " ".join(hexs(r, 4).upper() for _ in range(10)), k["user"], k["user"])),
  ("keyserver_lookup_url_line", lambda r, k: "Verify the tag: https://keys.openpgp.example/pks/lookup?op=get&search=0x%s\n" % hexs(r, 40).upper()),
 ],
 "maven_checksum_sidecar_file": [
  ("maven_sha1_sidecar_listing", lambda r, k: "$ cat %s-%s.jar.sha1\n%s\n" % (k["pkg"], k["ver"], hexs(r, 40))),
  ("maven_md5_sidecar_listing", lambda r, k: "$ cat %s-%s.pom.md5\n%s\n" % (k["pkg"], k["ver"], hexs(r, 32))),
 ],
 "ci_log_masked_secret": [
  ("github_actions_masked_env_dump", lambda r, k: "Run cargo publish --locked\n  env:\n    CARGO_REGISTRY_TOKEN: ***\n    CARGO_TERM_COLOR: always\n   Uploading %s v%s\n" % (k["pkg"], k["ver"])),
  ("gitlab_masked_variable_log", lambda r, k: "$ echo \"pushing with key $NUGET_API_KEY\"\npushing with key [MASKED]\n$ dotnet nuget push %s.%s.nupkg\n" % (k["pkg"], k["ver"])),
 ],
 "secret_store_indirection_expression": [
  ("actions_secrets_context_expression", lambda r, k: "      - run: gem push %s-%s.gem\n        env:\n          GEM_HOST_API_KEY: ${{ secrets.RUBYGEMS_%s }}\n" % (k["pkg"], k["ver"], s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6))),
  ("vault_kv_field_reference", lambda r, k: "export HEX_API_KEY=\"$(vault kv get -field=key secret/release/%s)\"\n" % k["pkg"]),
 ],
 "maintainer_credential_hygiene_prose": [
  ("publish_token_rotation_policy_text", lambda r, k: "Publish tokens for %s are scoped to one crate, expire after %d days and live only in the CI secret store. Never paste one into an issue; if you do, revoke it first and tell #release.\n" % (k["pkg"], r.choice([30, 60, 90]))),
  ("trusted_publishing_migration_notice", lambda r, k: "From %s on we publish with trusted publishing: the workflow asks the registry for a short-lived token, so no long-lived API key or password is stored anywhere.\n" % k["ver"]),
 ],
 "registry_credential_placeholder": [
  ("readme_config_angle_placeholder", lambda r, k: "[registries.%s]\ntoken = \"<YOUR_%s_TOKEN_HERE>\"\n" % (k["user"], s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5))),
  ("env_sample_xxx_placeholder", lambda r, k: "# .env.sample\nNUGET_API_KEY=%s\nNEXUS_PASSWORD=changeme-%s\n" % ("x" * r.randint(20, 46), "please")),
 ],
 "reproducible_build_identifier": [
  ("source_date_epoch_and_commit", lambda r, k: "SOURCE_DATE_EPOCH=%d\nGIT_COMMIT=%s\nBUILD_ID=%s\n" % (r.randint(1700000000, 1790000000), hexs(r, 40), uuid4(r))),
  ("buildinfo_checksums_sha256_lines", lambda r, k: "Checksums-Sha256:\n %s %d %s_%s_amd64.deb\n %s %d %s_%s.dsc\n" % (hexs(r, 64), r.randint(1000, 99999), k["pkg"], k["ver"], hexs(r, 64), r.randint(1000, 9999), k["pkg"], k["ver"])),
 ],
 "staging_repository_identifier": [
  ("nexus_staging_repo_id_log", lambda r, k: "[INFO] Created staging repository with ID \"orgexample%s-%d\"\n[INFO] Closing staging repository\n" % (k["user"].replace("-", ""), r.randint(1000, 1999))),
  ("central_portal_deployment_uuid", lambda r, k: "Deployment %s has been uploaded; status VALIDATED (%s:%s)\n" % (uuid4(r), k["pkg"], k["ver"])),
 ],
 "encrypted_ci_secure_value": [
  ("maven_settings_encrypted_password_braces", lambda r, k: "<server>\n  <id>ossrh</id>\n  <username>%s</username>\n  <password>{%s}</password>\n</server>\n" % (k["user"], b64(r, 33))),
  ("travis_secure_env_entry", lambda r, k: "env:\n  global:\n    secure: \"%s\"\n" % b64(r, 256)),
 ],
 "lockfile_resolved_source_url": [
  ("package_lock_resolved_tarball_url", lambda r, k: '"resolved": "https://%s/npm/%s/-/%s-%s.tgz"\n' % (k["host"], k["pkg"], k["pkg"], k["ver"])),
  ("conan_lock_recipe_revision_ref", lambda r, k: '{"version": "0.5", "requires": ["%s/%s#%s%%%d.%d"]}\n' % (k["pkg"].lower(), k["ver"], hexs(r, 32), r.randint(1700000000, 1790000000), r.randint(0, 999))),
 ],
 "oidc_trusted_publisher_binding": [
  ("pypi_trusted_publisher_form_fields", lambda r, k: "Owner: %s\nRepository name: %s\nWorkflow name: release.yml\nEnvironment name: pypi\n" % (k["user"], k["pkg"])),
  ("github_oidc_claims_dump", lambda r, k: '{"sub": "repo:%s/%s:ref:refs/tags/v%s", "job_workflow_sha": "%s", "run_id": "%d"}\n' % (k["user"], k["pkg"], k["ver"], hexs(r, 40), r.randint(10 ** 9, 10 ** 10))),
 ],
 "shape_valid_dummy_token_fixture": [
  ("all_zero_suffix_token_fixture", lambda r, k: "# test fixture, never valid\nFAKE_%d = \"rubygems_%s\"\n" % (r.randint(1, 999), "0" * 48)),
  ("repeated_character_token_fixture", lambda r, k: "assert not is_valid(\"cio%s\")  # case %d\n" % (r.choice("xXaA") * 32, r.randint(1, 999))),
 ],
 "port_version_git_tree_object": [
  ("vcpkg_versions_json_git_tree", lambda r, k: '{"versions": [{"git-tree": "%s", "version": "%s", "port-version": %d}]}\n' % (hexs(r, 40), k["ver"], r.randint(0, 4))),
  ("homebrew_bottle_sha256_block", lambda r, k: "bottle do\n  sha256 cellar: :any, arm64_sonoma: \"%s\"\n  sha256 x86_64_linux: \"%s\"\nend\n" % (hexs(r, 64), hexs(r, 64))),
 ],
 "registry_request_correlation_id": [
  ("nuget_push_response_headers", lambda r, k: "HTTP/1.1 201 Created\nX-Request-Id: %s\nX-Frame-Options: deny\n" % uuid4(r)),
  ("artifactory_trace_id_log", lambda r, k: "2026-03-02T10:14:00.123Z [jfrt ] [INFO ] [%s] [%s] Deploy to 'libs-release-local:%s/%s' succeeded\n" % (hexs(r, 32), hexs(r, 16), k["pkg"], k["ver"])),
 ],
}

WRAP = [
 ("", lambda t, k: t),
 ("__in_release_announcement_mail", lambda t, k: "Subject: [ANN] %s %s released\n\nHi all,\n\n%s\nThanks,\n%s\n" % (k["pkg"], k["ver"], t, k["user"])),
 ("__in_maintainer_handbook_page", lambda t, k: "# Releasing %s\n\nExample from the last release:\n\n```\n%s```\n" % (k["pkg"], t)),
 ("__in_registry_support_ticket", lambda t, k: "Ticket #%s from %s\n---\n%s---\nPlease advise.\n" % (k["n"], k["user"], t)),
 ("__in_changelog_entry", lambda t, k: "## [%s]\n### Changed\n- release tooling, see below\n\n%s\n" % (k["ver"], t)),
 ("__in_supply_chain_audit_report", lambda t, k: "Finding %s (informational): the following was reviewed and is not a credential.\n\n%s\n" % (k["n"], t)),
]


def build(ids):
    r = random.Random(8906)
    out = []
    for cls in B:
        for base, f in B[cls]:
            for wname, w in WRAP:
                k = pick(r)
                k["n"] = str(r.randint(1000, 9999))
                text = w(f(r, k), k)
                out.append({"id": ids(), "class": cls, "container": base + wname, "text": text, "source": "negative"})
    return out
