"""Everyday secrets where course staff and students leave them."""
from common99 import *

def _gh_fg(c):
    return "github_pat_11" + c.s(UP + DIG, 20) + "0" + c.s(UP+DIG, 1) + "_" + c.s(ALNUM, 59)

def _discord(c):
    uid = str(c.r.randint(10**17, 10**18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + c.s(B64U, 6) + "." + c.s(B64U, 38)

TYPES = {
    "course_org_github_fine_grained_pat": _gh_fg,
    "course_slack_bot_xoxb_token": lambda c: "xoxb-" + c.s(DIG, 12) + "-" + c.s(DIG, 13) + "-" + c.s(ALNUM, 24),
    "course_discord_bot_token": _discord,
    "canvas_instructor_access_token": lambda c: str(c.r.randint(1000, 25000)) + "~" + c.s(ALNUM, 64),
    "lti_consumer_shared_secret": lambda c: c.s(ALNUM, 32),
    "jupyterhub_configurable_proxy_token": lambda c: c.s(HEX, 64),
    "jupyterhub_service_api_token": lambda c: c.s(HEX, 32),
    "course_site_django_secret_key": lambda c: c.s(LOW + DIG + "!@#%^&*(-_=+)", 50),
    "course_google_oauth_client_secret": lambda c: "GOCSPX-" + c.s(B64U, 28),
    "jupyterhub_cookie_secret_hex": lambda c: c.s(HEX, 64),
    "grader_postgres_password": None,
    "lab_vm_student_login_password": None,
    "shared_class_account_password": None,
    "ta_gradebook_portal_password": None,
    "judge_admin_console_password": None,
    "course_mail_smtp_password": None,
}

def value(c, t):
    g = TYPES[t]
    return c.password() if g is None else c.uniq(lambda: g(c))

# container kind -> template ({V} = value; {u} user, {h} host, {c} course, {k} key name)
CONTAINERS = {
 "github_classroom_assignment_workflow_env": "name: autograding\non: [push]\njobs:\n  grade:\n    runs-on: ubuntu-latest\n    env:\n      {k}: {V}\n    steps:\n      - uses: education/autograding@v1\n",
 "gradescope_autograder_setup_sh": "#!/usr/bin/env bash\n# setup.sh for {c} autograder (Gradescope Ubuntu image)\napt-get install -y python3-pip\nexport {k}=\"{V}\"\npip3 install -r /autograder/source/requirements.txt\n",
 "gradescope_run_autograder_script": "#!/bin/bash\ncd /autograder/source\n{k}='{V}' python3 run_tests.py > /autograder/results/results.json\n",
 "nbgrader_config_py_assignment": "c = get_config()\nc.CourseDirectory.course_id = \"{c}\"\nc.Exchange.root = \"/srv/nbgrader/exchange\"\n# temporary, move to env before term starts\nc.{k} = \"{V}\"\n",
 "jupyterhub_config_py_class_hub": "c.JupyterHub.bind_url = 'https://{h}'\nc.Authenticator.admin_users = {{'{u}'}}\nc.JupyterHub.{k} = '{V}'\n",
 "zero_to_jupyterhub_helm_config": "hub:\n  config:\n    JupyterHub:\n      admin_access: true\n  extraEnv:\n    {k}: \"{V}\"\nsingleuser:\n  image:\n    name: jupyter/scipy-notebook\n",
 "canvas_lti_tool_registration_json": "{{\n  \"title\": \"{c} autograder\",\n  \"target_link_uri\": \"https://{h}/lti/launch\",\n  \"{k}\": \"{V}\",\n  \"privacy_level\": \"public\"\n}}\n",
 "moodle_plugin_settings_php_line": "<?php\ndefined('MOODLE_INTERNAL') || die();\n$settings->add(new admin_setting_configtext('local_codejudge/endpoint', 'Endpoint', '', 'https://{h}'));\n$CFG->{k} = '{V}';\n",
 "replit_teams_secrets_pane_export": "[\n  {{\"key\": \"COURSE\", \"value\": \"{c}\"}},\n  {{\"key\": \"{k}\", \"value\": \"{V}\"}}\n]\n",
 "codegrade_autotest_fixture_script": "# CodeGrade AutoTest v2 setup step for {c}\ncg-fixture unpack tests.zip\nexport {k}={V}\npython3 -m pytest -q hidden_tests/\n",
 "domjudge_judgehost_restapi_secret": "# etc/restapi.secret on judgehost for {c}\n# id\turl\tuser\tpassword\ndefault\thttps://{h}/api/v4\tjudgehost\t{V}\n",
 "online_judge_problem_checker_cpp": "// checker.cpp for {c} contest, talks to results service\n#include \"testlib.h\"\nstatic const char* {k} = \"{V}\";\nint main(int argc, char* argv[]) {{ registerTestlibCmd(argc, argv); }}\n",
 "course_discord_channel_paste": "[{c}-staff] {u} — Today at 21:14\nok here's the thing the grader needs, don't share w/ students: {V}\n",
 "course_slack_thread_export_json": "{{\"channel\": \"ta-{c}\", \"user\": \"{u}\", \"text\": \"{k} for the new hub is {V} fyi\", \"ts\": \"1765012345.000200\"}}\n",
 "piazza_private_instructor_note": "Private note (instructors only), {c}:\nThe lab machines use this for the shared setup. {k}={V}\nPlease rotate after finals.\n",
 "lab_vm_cloud_init_user_data": "#cloud-config\nhostname: {c}-lab\nwrite_files:\n  - path: /etc/profile.d/course.sh\n    content: |\n      export {k}=\"{V}\"\n",
 "lab_image_packer_hcl_variable": "variable \"{k_l}\" {{\n  type    = string\n  default = \"{V}\"\n}}\nsource \"virtualbox-iso\" \"lab\" {{ vm_name = \"{c}-lab\" }}\n",
 "vagrantfile_course_box_provision": "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"ubuntu/jammy64\"\n  config.vm.provision \"shell\", env: {{ \"{k}\" => \"{V}\" }}, path: \"setup.sh\"\nend\n",
 "starter_code_repo_dotenv": "# .env committed to the {c} starter template by mistake\nCOURSE_ID={c}\n{k}={V}\n",
 "student_submission_config_py": "# config.py (student submission, {u})\nDEBUG = True\n{k} = \"{V}\"\n",
 "ta_onboarding_google_doc_export": "TA Onboarding — {c}\n\n3. Shared accounts\n   {k}: {V}\n   Ask the head TA before changing it.\n",
 "course_syllabus_markdown_staff_section": "## Staff only (remove before publishing)\n\n| what | value |\n|---|---|\n| {k} | `{V}` |\n",
 "office_hours_queue_app_settings_yaml": "queue:\n  course: {c}\n  auth:\n    {k_l}: {V}\n  slack_channel: oh-{c}\n",
 "grading_script_shell_history": "  512  cd ~/{c}/grading\n  513  export {k}={V}\n  514  ./pull_submissions.sh --assignment hw3\n",
 "jupyter_notebook_cell_json": "{{\n \"cell_type\": \"code\",\n \"metadata\": {{\"tags\": [\"solution\"]}},\n \"source\": [\"import os\\n\", \"os.environ['{k}'] = '{V}'\\n\"]\n}}\n",
 "nbgrader_exchange_cron_log": "Dec  4 02:00:01 {h} CRON[2231]: (grader) CMD (nbgrader collect hw4 --course {c})\nDec  4 02:00:02 {h} nbgrader[2232]: debug env {k}={V}\n",
 "autograder_dockerfile_env_line": "FROM gradescope/autograder-base:ubuntu-22.04\nCOPY source /autograder/source\nENV {k}={V}\nRUN bash /autograder/source/setup.sh\n",
 "classroom_roster_sync_python": "from classroom_sync import Roster\n\nroster = Roster(course=\"{c}\", {k_l}=\"{V}\")\nroster.push_to_github()\n",
 "lms_integration_ticket_helpdesk": "Ticket #48213 — LTI launch failing for {c}\nFrom: {u}@example.edu\nI pasted the setting from the tool page: {V}\nStill getting 401 on launch.\n",
 "student_forum_question_paste": "Re: hw2 autograder won't connect\nI copied this from the course VM and it still says unauthorized?? {k}={V}\n",
 "course_makefile_deploy_target": "COURSE := {c}\n\ndeploy:\n\t{k}={V} ansible-playbook -i hosts site.yml\n",
 "ansible_group_vars_lab_yml": "---\n# group_vars/labmachines.yml ({c})\nlab_user: student\n{k_l}: \"{V}\"\n",
 "moss_plagiarism_script_header": "#!/usr/bin/perl\n# moss wrapper for {c}, run by {u}\n# {k}={V}\nuse IO::Socket;\n",
 "exam_proctoring_vm_readme": "EXAM VM ({c})\n- boot the image, log in as the exam user\n- unlock string / login: {V}\n- do not write this on the whiteboard\n",
 "shared_class_account_sticky_note_ocr": "OCR of photo (lab 3 monitor sticky note):\n{c} shared login\nuser: student\n{V}\n",
 "teams_class_channel_message_html": "<div><p>@{u} for the lab PCs use <code>{V}</code> until IT resets them</p></div>\n",
 "ed_discussion_staff_post_markdown": "**Staff-only post** · {c}\n\nHub redeploy done. If the grader complains, the {k_l} is `{V}`.\n",
 "ipython_profile_startup_script": "# ~/.ipython/profile_default/startup/00-{c}.py (on the shared hub image)\nimport os\nos.environ.setdefault('{k}', '{V}')\n",
 "classroom_autograding_json_test_run": "{{\n  \"tests\": [\n    {{\"name\": \"hw1\", \"run\": \"{k}={V} pytest -q tests/\", \"timeout\": 10, \"points\": 10}}\n  ]\n}}\n",
 "prairielearn_course_info_json": "{{\n  \"uuid\": \"2b1c6c1e-0f3a-4d8e-9a51-{n}0000000000\",\n  \"name\": \"{c}\",\n  \"options\": {{\"{k_l}\": \"{V}\"}}\n}}\n",
 "devcontainer_json_remote_env": "{{\n  \"name\": \"{c} student env\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12\",\n  \"remoteEnv\": {{ \"{k}\": \"{V}\" }}\n}}\n",
 "otter_grader_assignment_config": "# ASSIGNMENT CONFIG\nname: hw{n}\nexport_cell: false\nenvironment:\n  {k}: {V}\n",
 "okpy_client_config_file": "{{\n  \"name\": \"Project {n}\",\n  \"endpoint\": \"{c}/proj{n}\",\n  \"src\": [\"main.py\"],\n  \"{k_l}\": \"{V}\"\n}}\n",
 "course_site_hugo_config_toml": "baseURL = \"https://{h}/\"\ntitle = \"{c}\"\n[params]\n  {k_l} = \"{V}\"\n",
 "lab_handout_pdf_text_extract": "Lab {n} Handout — {c}\n1. Log in to the lab machine.\n2. Open a terminal and run ./setup.sh\n   (when prompted, enter {V})\n3. Continue with Part A.\n",
}

def generate(c):
    recs = []
    types = sorted(TYPES)
    kinds = list(CONTAINERS)
    use = {t: 0 for t in types}
    for kind in kinds:
        chosen = []
        for _ in range(4):
            cand = sorted((t for t in types if t not in chosen), key=lambda t: (use[t], c.r.random()))
            chosen.append(cand[0]); use[cand[0]] += 1
        for t in chosen:
            v = value(c, t)
            k = t.upper()
            text, s, e = fill(CONTAINERS[kind], v, k=k, k_l=t, u=c.user(), h=c.host(), c=c.course(), n=c.r.randint(1, 9))
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return recs
