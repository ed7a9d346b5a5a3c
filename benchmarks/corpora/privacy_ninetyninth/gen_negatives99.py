"""Hard negatives from the programming-education world."""
from common99 import *
import hashlib

def h(c, n): return c.s(HEX, n)
def u4(c):
    x = c.s(HEX, 32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-{c.r.choice('89ab')}{x[17:20]}-{x[20:]}"

def _crypt64(c, n): return c.s(ALNUM + "./", n)

BASES = {
 "lti_public_jwks_and_client_ids": [
  ("lti_platform_jwks_public_key", lambda c: "GET https://canvas.example.edu/api/lti/security/jwks\n{\"keys\":[{\"kty\":\"RSA\",\"e\":\"AQAB\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + "2025-11-01T00:00:" + c.s(DIG, 2) + "Z\",\"n\":\"" + c.s(B64U, 342) + "\"}]}\n"),
  ("lti_deployment_and_client_id_listing", lambda c: f"LTI 1.3 registration ({c.course()})\nclient_id: {c.r.randint(10**16, 10**17)}\ndeployment_id: {c.r.randint(100, 999)}:{h(c, 40)}\nissuer: https://canvas.example.edu\n")],
 "submission_archive_checksums": [
  ("gradescope_submission_sha256_manifest", lambda c: "".join(f"{h(c, 64)}  submissions/{c.user()}_{i}.zip\n" for i in range(3))),
  ("nbgrader_notebook_cell_checksum_metadata", lambda c: "\"nbgrader\": {\"grade\": true, \"grade_id\": \"cell-" + h(c, 16) + "\", \"checksum\": \"" + h(c, 32) + "\", \"points\": 2, \"schema_version\": 3}\n")],
 "notebook_cell_identifiers": [
  ("jupyter_cell_id_listing", lambda c: "".join(f"cell {i}: id={u4(c)}\n" for i in range(3))),
  ("jupyterhub_server_name_and_kernel_ids", lambda c: f"[I 2025-11-03 10:22:01 JupyterHub] kernel {u4(c)} started for {c.user()}, session {u4(c)}\n")],
 "classroom_invitation_and_repo_ids": [
  ("github_classroom_invite_link_slug", lambda c: f"Accept the assignment: https://classroom.github.com/a/{c.s(ALNUM + '-_', 8)}\n"),
  ("classroom_roster_identifier_csv", lambda c: "identifier,github_username,github_id\n" + "".join(f"{c.s(DIG, 8)},{c.user()}{i},{c.r.randint(10**6, 10**8)}\n" for i in range(3)))],
 "autograder_results_run_ids": [
  ("gradescope_results_json_run_id", lambda c: "{\"score\": 87.5, \"execution_time\": 41, \"output\": \"run " + u4(c) + "\", \"tests\": []}\n"),
  ("codegrade_autotest_run_uuid_log", lambda c: f"AutoTest run {u4(c)} for submission {u4(c)}: 14/15 steps passed\n")],
 "lms_course_and_user_numeric_ids": [
  ("canvas_api_course_user_ids", lambda c: f"GET /api/v1/courses/{c.r.randint(10**4, 10**6)}/users?enrollment_type[]=student&page={c.r.randint(1, 9)}\n-> 200 ids: {c.r.randint(10**5, 10**7)}, {c.r.randint(10**5, 10**7)}\n"),
  ("moodle_webservice_response_ids", lambda c: "{\"courseid\": " + str(c.r.randint(100, 9999)) + ", \"userid\": " + str(c.r.randint(1000, 99999)) + ", \"sesskey_hint\": null, \"itemid\": " + str(c.r.randint(10**5, 10**7)) + "}\n")],
 "secret_mount_path_reference": [
  ("kubernetes_secret_key_ref_env", lambda c: f"env:\n  - name: GRADER_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: {c.course()}-grader\n        key: db-password\n"),
  ("docker_secrets_file_path_config", lambda c: f"c.Authenticator.client_secret_file = '/run/secrets/{c.course()}_oauth_client_secret'\n")],
 "stored_password_hash_entries": [
  ("lab_image_shadow_sha512crypt_line", lambda c: f"student:$6${_crypt64(c, 16)}${_crypt64(c, 86)}:20030:0:99999:7:::\n"),
  ("moodle_user_table_bcrypt_hash", lambda c: f"| {c.r.randint(2, 9999)} | {c.user()} | $2y$10${_crypt64(c, 53)} |\n")],
 "course_doc_placeholder_values": [
  ("starter_repo_env_example_placeholders", lambda c: f"# .env.example — copy to .env and fill in\nCANVAS_TOKEN=<your-canvas-token>\nGRADER_DB_PASSWORD=changeme\nCOURSE={c.course()}\n"),
  ("autograder_docs_dummy_values", lambda c: "Set your key like this (example only):\n  export OPENAI_API_KEY=sk-...your-key-here...\n  export DISCORD_TOKEN=xxxxxxxxxxxxxxxx\n# section " + c.s(DIG, 2) + "\n")],
 "autograder_image_digest_pins": [
  ("autograder_base_image_digest_pin", lambda c: f"FROM gradescope/autograder-base@sha256:{h(c, 64)}\n"),
  ("conda_lock_package_sha256_line", lambda c: f"  - name: numpy\n    version: 1.26.{c.r.randint(0, 4)}\n    hash:\n      md5: {h(c, 32)}\n      sha256: {h(c, 64)}\n")],
 "lti_launch_nonce_and_state": [
  ("lti_oidc_login_state_nonce_params", lambda c: f"302 Location: https://canvas.example.edu/api/lti/authorize_redirect?scope=openid&response_type=id_token&state={u4(c)}&nonce={h(c, 32)}&prompt=none\n"),
  ("lti_launch_jwt_header_kid", lambda c: "decoded id_token header: {\"typ\":\"JWT\",\"alg\":\"RS256\",\"kid\":\"" + h(c, 40) + "\"}\n")],
 "online_judge_submission_hashes": [
  ("domjudge_submission_id_and_md5", lambda c: f"s{c.r.randint(1000, 99999)}  team{c.r.randint(1, 80)}  problem B  md5 {h(c, 32)}  CORRECT\n"),
  ("judge_testcase_sha1_listing", lambda c: "".join(f"{h(c, 40)}  data/secret/{i:02d}.in\n" for i in range(1, 4)))],
 "assignment_commit_shas": [
  ("classroom_commit_log_shas", lambda c: "".join(f"commit {h(c, 40)}\nAuthor: github-classroom[bot]\n\n    Initial commit\n" for _ in range(1))),
  ("autograder_checked_out_sha_line", lambda c: f"Checked out {c.user()}-hw3 at {h(c, 40)} (tree {h(c, 40)})\n")],
 "captcha_site_keys_public": [
  ("recaptcha_v3_site_key_script", lambda c: f"<script src=\"https://www.google.com/recaptcha/api.js?render=6L{c.s(ALNUM + '-_', 38)}\"></script>\n"),
  ("hcaptcha_sitekey_div", lambda c: f"<div class=\"h-captcha\" data-sitekey=\"{u4(c)}\"></div>\n")],
 "password_talk_without_value": [
  ("ta_chat_asks_for_lab_password", lambda c: f"{c.user()}: does anyone have the lab VM password? the one on the wiki stopped working\n{c.user()}: ask IT, it was reset for section {c.r.randint(1, 9)}\n"),
  ("syllabus_password_policy_paragraph", lambda c: f"Never share your course account password with classmates; staff will never ask for it. Reset it at https://{c.host()}/reset (ref {c.s(DIG, 4)}).\n")],
 "encrypted_grade_export_blobs": [
  ("gpg_armored_grade_export", lambda c: "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(c.s(ALNUM + "+/", 64) for _ in range(3)) + "\n=" + c.s(ALNUM, 4) + "\n-----END PGP MESSAGE-----\n"),
  ("age_encrypted_file_header", lambda c: "age-encryption.org/v1\n-> X25519 " + c.s(ALNUM + "+/", 43) + "\n" + c.s(ALNUM + "+/", 43) + "\n--- " + c.s(ALNUM + "+/", 43) + "\n")],
}

WRAP = [
 ("", lambda c, t: t),
 ("__in_ta_slack_question", lambda c, t: f"{c.user()}: is this safe to share with students?\n```\n{t}```\n"),
 ("__in_course_repo_issue", lambda c, t: f"### Autograder question ({c.course()})\n\nOutput I see:\n\n```\n{t}```\n"),
 ("__in_grading_runbook", lambda c, t: f"Grading runbook, step {c.r.randint(2, 9)}: confirm the following matches.\n{t}"),
 ("__in_lms_helpdesk_ticket", lambda c, t: f"Ticket #{c.r.randint(10000, 99999)} ({c.course()})\nUser reports:\n{t}"),
 ("__in_lab_image_build_log", lambda c, t: f"==> lab-image: provisioning {c.course()}\n    lab-image: {t.rstrip()}\n==> lab-image: done\n"),
]

def generate(c):
    recs = []
    for cls, bases in BASES.items():
        for base, f in bases:
            for suf, w in WRAP:
                recs.append({"class": cls, "container": base + suf, "text": w(c, f(c)), "source": "negative"})
    return recs
