"""marshwave (mw): NixOS flakes + Liquidsoap + Icecast for a community radio station.

Day 0 is Monday 6 January 2025.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

NAME = "marshwave"
ABBR = "mw"
CWD = "~/src/marshwave-nix"

R = []
Q = []

# ---------------------------------------------------------------- paraphrase
R += [
    commit("mw_p1_ans", 27,
           "rotation: keep a 60-entry history across playlist reloads\n\n"
           "reload_mode=\"watch\" re-shuffled /srv/music whenever the bulletin file landed in the folder,\n"
           "and the fresh shuffle had no memory of what had just aired. Track history now lives in a ref\n"
           "and is checked before a pick is accepted.",
           ["M radio/rotation.liq", "M radio/main.liq"]),
    note("mw_p1_dis", 28,
         "Listeners' emails this week: could the bulletin sting come round again at the end? Straight "
         "after the news the tune stops dead. Passed to Dave.", cli=False),
    commit("mw_p2_ans", 23,
           "relay: no reboots from the 03:00 upgrade timer\n\n"
           "system.autoUpgrade.allowReboot = true meant the relay restarted at 03:04 whenever the kernel\n"
           "changed; icecast took ~9 min to come back behind the cert check. allowReboot = false, kernel\n"
           "updates applied by hand on Tuesdays.",
           ["M hosts/relay/configuration.nix"]),
    note("mw_p2_dis", 24,
         "Station meeting: overnight we vanish from the FM-style 'live' listings on the aggregator for "
         "about ten minutes around 3am? Probably their crawler, not us. Ignore every night it doesn't repeat.",
         cli=False),
    chat("mw_p3_ans", 35,
         "User: the hourly archive files from the jukebox hours play back fast and high-pitched. The live "
         "hours are fine. What's going on?\n"
         "Assistant: The library tracks are 44.1 kHz, but output.file writes a 48 kHz header, so those "
         "samples are played back about 9 % faster. Resample to 48 kHz in the archive chain before encoding."),
    chat("mw_p3_dis", 36,
         "User: any tips for recording overnight shows so the presenters sound less like they're in a "
         "cupboard?\nAssistant: Close-miking, a bit of high-pass around 80 Hz and gentle compression on the "
         "recordings usually help more than any plugin ..."),
    commit("mw_p4_ans", 22,
           "Serve the stream through nginx on 443 (/stream)\n\n"
           "Some networks (the housing association's guest Wi-Fi among them) only allow 80/443, so port\n"
           "8000 was unreachable. proxy_pass to icecast with proxy_buffering off.",
           ["M hosts/relay/nginx.nix", "M web/player.html"]),
    note("mw_p4_dis", 23,
         "Estate fun day on the 8th: people want us to broadcast live from the community hall. Need to "
         "check the wifi there can take one upstream feed before we listen to any promises.", cli=False),
    note("mw_p5_ans", 30,
         "Caller got their own voice back a second late: the Zoom return carried the full programme bus, "
         "their mic included. Set up a mix-minus on aux 2 of the desk for the call line.", cli=False),
    note("mw_p5_dis", 31,
         "Sunday phone-in guest list: the tunnel campaigners want to come back in March; the guest from "
         "the allotment society sounded great.", cli=False),
    commit("mw_p6_ans", 44,
           "Rotate icecast access.log and cap journald\n\n"
           "The VPS root volume hit 100 %: access.log was 31 GB because the Nix module never set up\n"
           "logrotate, then icecast and nginx both died on write. services.logrotate for icecast, daily,\n"
           "keep 14; journald SystemMaxUse=500M.",
           ["M hosts/relay/configuration.nix", "A modules/icecast-logrotate.nix"]),
    note("mw_p6_dis", 45,
         "Relay disk: fill in the monthly costs sheet - the relay crash last year cost us the Storage "
         "Box fee twice. Everything else unchanged.", cli=False),
    note("mw_p7_ans", 39,
         "Stats fix: phones reconnect at every track change on HLS and each reconnect was a fresh session, "
         "so the weekly figures for the sponsor were roughly double. Now unique listeners per 5 min "
         "(IP + user agent)."),
    note("mw_p7_dis", 40,
         "Charts show: more people want the local chart back on Saturday mornings. We really had a good "
         "response when we tuned the format last spring.", cli=False),
]
Q += [
    q("paraphrase", "Why did the same tune come round again straight after the bulletin?",
      ["mw_p1_ans"], "watch reload re-shuffled the library with no history of what had aired",
      distractors=["mw_p1_dis"]),
    q("paraphrase", "Why did we vanish off air for about ten minutes some nights around 3am?",
      ["mw_p2_ans"], "autoUpgrade allowReboot restarted the relay at 03:04",
      distractors=["mw_p2_dis"]),
    q("paraphrase", "Why did the overnight recordings sound like chipmunks?",
      ["mw_p3_ans"], "44.1 kHz audio written with a 48 kHz header plays back fast and high",
      distractors=["mw_p3_dis"]),
    q("paraphrase", "Why couldn't people on the estate's wifi listen to us?",
      ["mw_p4_ans"], "port 8000 blocked on some networks; proxied on 443",
      distractors=["mw_p4_dis"]),
    q("paraphrase", "Why did the Sunday phone-in guest hear an echo of themselves?",
      ["mw_p5_ans"], "the call return carried the full programme bus; mix-minus fixed it",
      distractors=["mw_p5_dis"]),
    q("paraphrase", "What made everything on the relay crash when its disk filled up?",
      ["mw_p6_ans"], "unrotated icecast access.log filled the root volume",
      distractors=["mw_p6_dis"]),
    q("paraphrase", "Why did the charts show way more people tuned in than we really had?",
      ["mw_p7_ans"], "HLS reconnects counted as new sessions; dedupe per IP + user agent",
      distractors=["mw_p7_dis"]),
]

# ---------------------------------------------------------------- command_fact
R += [
    sh("mw_c1_ans", 20, "nix flake update nixpkgs",
       "warning: updating lock file '/home/jo/src/marshwave-nix/flake.lock':\n"
       "• Updated input 'nixpkgs':\n"
       "    'github:NixOS/nixpkgs/5ce2d41f1c3e0b7a2df1e4ab0d3b57a6c2e9f013' (2025-01-08)\n"
       "  → 'github:NixOS/nixpkgs/3a2f1e97bd04c6e1f8a7b29d1c0e6f4a58b7d2c9' (2025-01-24)"),
    sh("mw_c1_dis", 20, "nix flake metadata",
       "Resolved URL:  git+file:///home/jo/src/marshwave-nix\nDescription:   marshwave station hosts\n"
       "Last modified: 2025-01-26 10:41:07\nInputs:\n├───nixpkgs: github:NixOS/nixpkgs/nixos-23.11\n"
       "└───deploy-rs: github:serokell/deploy-rs"),
    sh("mw_c2_ans", 38, "ssh studio liquidsoap --version",
       "Liquidsoap 2.3.1+git@7ac0e1b\nCopyright (c) 2003-2025 Savonet team\nLiquidsoap is open-source software,"),
    sh("mw_c2_dis", 38, "ssh studio 'systemctl status liquidsoap --no-pager | head -4'",
       "● liquidsoap.service - Liquidsoap main radio script\n     Loaded: loaded (/etc/systemd/system/liquidsoap.service)\n"
       "     Active: active (running) since Thu 2025-02-13 09:12:44 GMT; 1h 3min ago"),
    sh("mw_c3_ans", 24,
       "ffmpeg -hide_banner -i /srv/archive/2025-01-30/thursday-jazz-21.mp3 -af loudnorm=print_format=summary -f null -",
       "Input Integrated:    -27.4 LUFS\nInput True Peak:      -6.1 dBTP\nInput LRA:             9.8 LU\n"
       "Input Threshold:     -37.9 LUFS\nTarget Offset:        +0.1 LU"),
    sh("mw_c3_dis", 24,
       "ffmpeg -hide_banner -i /srv/archive/2025-01-30/thursday-folk-20.mp3 -af loudnorm=print_format=summary -f null -",
       "Input Integrated:    -22.8 LUFS\nInput True Peak:      -1.2 dBTP\nInput LRA:             5.1 LU\n"
       "Input Threshold:     -33.1 LUFS\nTarget Offset:        -0.2 LU"),
    sh("mw_c4_ans", 48, "ssh relay du -sh /srv/archive",
       "212G\t/srv/archive"),
    sh("mw_c4_dis", 48, "ssh relay df -h /srv",
       "Filesystem      Size  Used Avail Use% Mounted on\n/dev/sdb1       984G  247G  687G  27% /srv"),
    sh("mw_c5_ans", 26,
       "curl -s https://relay.marshwave.example.com/status-json.xsl | jq '.icestats.source[0] | {listeners, listener_peak}'",
       '{\n  "listeners": 57,\n  "listener_peak": 148\n}'),
    sh("mw_c5_dis", 29,
       "curl -s https://relay.marshwave.example.com/status-json.xsl | jq '.icestats.source[1].listeners'",
       "12"),
    commit("mw_c6_ans", 14,
           "Bump icecast to 2.4.4 (security release)\n\nOverlay pins the tarball until nixpkgs catches up.",
           ["M overlays/icecast.nix", "M flake.lock"]),
    sh("mw_c6_dis", 14, "curl -sI https://relay.marshwave.example.com/live.mp3 | head -3",
       "HTTP/1.1 200 OK\nServer: Icecast\nContent-Type: audio/mpeg"),
    sh("mw_c7_ans", 40, "colmena apply --on studio",
       "[INFO ] Enumerating nodes...\n[INFO ] Selected 1 out of 2 hosts.\n"
       "  studio ✅ 14s Evaluated studio\n  studio ✅ 41s Built \"/nix/store/q8…-nixos-system-studio-24.05\"\n"
       "  studio ✅ 1m9s Pushed system closure (62.3 MiB)\n  studio ✅ 1m21s Activation successful"),
    sh("mw_c7_dis", 40, "colmena apply --on relay",
       "[INFO ] Enumerating nodes...\n[INFO ] Selected 1 out of 2 hosts.\n"
       "  relay ✅ 9s Evaluated relay\n  relay ✅ 12s Built \"/nix/store/7d…-nixos-system-relay-24.05\"\n"
       "  relay ✅ 13s Pushed system closure\n  relay ✅ 19s Activation successful"),
]
Q += [
    q("command_fact", "Which nixpkgs revision did the lock file move to after my last input bump?",
      ["mw_c1_ans"], "nix flake update output shows the new rev 3a2f1e97…", keys=["3a2f1e97bd04"],
      distractors=["mw_c1_dis"]),
    q("command_fact", "What exact build of the audio scripting engine is on the studio machine?",
      ["mw_c2_ans"], "liquidsoap --version on studio: 2.3.1+git@7ac0e1b", keys=["2.3.1+git@7ac0e1b"],
      distractors=["mw_c2_dis"]),
    q("command_fact", "How loud was the Thursday jazz show's recording before I fixed the levels?",
      ["mw_c3_ans"], "loudnorm summary: -27.4 LUFS integrated", keys=["-27.4 LUFS"],
      distractors=["mw_c3_dis"]),
    q("command_fact", "How much space was the listen-again archive using when I checked?",
      ["mw_c4_ans"], "du -sh /srv/archive: 212G", keys=["212G"], distractors=["mw_c4_dis"]),
    q("command_fact", "What was the biggest audience the community radio stream had reached, according to the server stats?",
      ["mw_c5_ans"], "status-json listener_peak 148", keys=['"listener_peak": 148'], project=None,
      distractors=["mw_c5_dis"]),
    q("command_fact", "Which Icecast release did we jump to for the security fix?",
      ["mw_c6_ans"], "commit bumps icecast to 2.4.4", keys=["2.4.4"], distractors=["mw_c6_dis"]),
    q("command_fact", "How much did the last push to the studio box have to copy over?",
      ["mw_c7_ans"], "colmena apply --on studio pushed a 62.3 MiB closure", keys=["62.3 MiB"],
      distractors=["mw_c7_dis"]),
]

# ---------------------------------------------------------------- knowledge_update
R += [
    edit("mw_k1_old1", 7, "radio/main.liq",
         "radio = fallback(track_sensitive=false, [blank.skip(live, max_blank=15.), jukebox])  # 15 s of dead air -> jukebox"),
    commit("mw_k1_old2", 25,
           "Dead air timeout 30 s before the jukebox takes over\n\nQuiet spoken-word intros tripped the "
           "15 s switch.",
           ["M radio/main.liq"]),
    note("mw_k1_new", 49,
         "Dead air: jukebox takes over after 20 s now (30 s let real silences drag on air). The Sunday "
         "poetry hour has its own switch at 45 s.", cli=False),
    note("mw_k2_old", 4,
         "Loudness: normalise the stream and the archive to -23 LUFS (EBU R128) so everything matches.",
         cli=False),
    commit("mw_k2_new", 31,
           "Stream loudness -16 LUFS integrated; archive stays at -23\n\nListeners on phones said we were "
           "much quieter than other stations.",
           ["M radio/processing.liq", "M radio/archive.liq"]),
    edit("mw_k3_old", 1, "flake.nix",
         'inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11";  # NixOS release for studio + relay'),
    commit("mw_k3_new", 37,
           "Move both hosts to NixOS 24.05\n\nflake input nixos-24.05; drop the unstable overlay for liquidsoap.",
           ["M flake.nix", "M flake.lock", "D overlays/liquidsoap-unstable.nix"]),
    commit("mw_k4_old", 3,
           "Push config changes to the station hosts with deploy-rs\n\n`deploy .#studio` / `deploy .#relay`; magic rollback on.",
           ["M flake.nix", "A deploy.nix"]),
    note("mw_k4_new", 34,
         "Config changes are pushed with colmena now (`colmena apply --on studio`, or no --on for both). "
         "deploy-rs removed from the flake: its rollback fought the relay's slow cert check.", cli=False),
    commit("mw_k5_old", 9,
           "Listen-again archive records hourly MP3 128k (output.file)",
           ["A radio/archive.liq"]),
    note("mw_k5_new", 42,
         "Listen-again archive records Opus 96k in Ogg now (half the size, same quality on speech). The "
         "hourly MP3s from before stay as they are.", cli=False),
    note("mw_k6_old", 12,
         "Keep the hourly recordings for 42 days (Ofcom's minimum for the community licence), then the "
         "prune timer deletes them.", cli=False),
    commit("mw_k6_new", 53,
           "Keep hourly recordings for 90 days\n\nStorage Box upgraded to 1 TB; prune timer "
           "--older-than 90d.",
           ["M hosts/relay/archive-prune.nix"]),
]
Q += [
    q("knowledge_update", "How long does dead air last before the jukebox takes over now?",
      ["mw_k1_new"], "15 s -> 30 s -> 20 s (45 s for the poetry hour)", outdated=["mw_k1_old1", "mw_k1_old2"]),
    q("knowledge_update", "What loudness do we normalise the stream to these days?",
      ["mw_k2_new"], "-23 LUFS -> -16 LUFS for the stream", outdated=["mw_k2_old"]),
    q("knowledge_update", "Which NixOS release are the community radio's machines on now?",
      ["mw_k3_new"], "nixos-23.11 -> 24.05", outdated=["mw_k3_old"], project=None),
    q("knowledge_update", "What do we push config changes to the station hosts with at the moment?",
      ["mw_k4_new"], "deploy-rs -> colmena", outdated=["mw_k4_old"]),
    q("knowledge_update", "What format does the listen-again archive record in now?",
      ["mw_k5_new"], "MP3 128k -> Opus 96k", outdated=["mw_k5_old"]),
    q("knowledge_update", "How long do we keep the hourly recordings these days?",
      ["mw_k6_new"], "42 days -> 90 days", outdated=["mw_k6_old"]),
]

# ---------------------------------------------------------------- first_attempt
R += [
    note("mw_f1_ans", 0,
         "Studio PC: Mixxx broadcasts straight to Icecast on /live, the autodj sits on /auto and "
         "listeners switch between the two themselves.", cli=False),
    commit("mw_f1_l1", 11,
           "input.harbor on 8005 for the studio feed\n\nMixxx now points at Liquidsoap, which falls back to "
           "the jukebox; one /live mount for listeners.",
           ["M radio/main.liq", "M hosts/studio/firewall.nix"]),
    commit("mw_f2_ans", 5,
           "Pull the show schedule from the station Google Calendar ICS every 10 minutes",
           ["A tools/schedule/fetch_ics.py", "A hosts/studio/schedule-timer.nix"]),
    note("mw_f2_l1", 24,
         "Show schedule lives in schedule.toml in the repo now. Calendar edits by presenters caused two "
         "clashes; changes go through a PR.", cli=False),
    note("mw_f3_ans", 1,
         "Icecast runs on the studio NUC for now, behind the community centre's broadband line.",
         cli=False),
    commit("mw_f3_l1", 19,
           "Move Icecast to the relay VPS (relay.marshwave.example.com)\n\nStudio sends one feed out; "
           "listeners hit the relay.",
           ["A hosts/relay/configuration.nix", "M hosts/studio/configuration.nix", "M flake.nix"]),
    edit("mw_f4_ans", 2, "radio/main.liq",
         'jukebox = playlist(mode="randomize", "/srv/music")  # whole library shuffled when nobody is live'),
    commit("mw_f4_l1", 29,
           "Rotation when nobody is live: 2 local artists, 1 jingle, 3 library tracks per cycle",
           ["A radio/rotation.liq", "M radio/main.liq"]),
    note("mw_f5_ans", 6,
         "Now playing: presenters edit nowplaying.txt on the studio share; a small script pushes it to "
         "the Icecast admin metadata endpoint every 30 s.", cli=False),
    commit("mw_f5_l1", 21,
           "Take now-playing metadata from the harbor input (Mixxx sends it)",
           ["M radio/main.liq", "D tools/nowplaying_push.sh"]),
    commit("mw_f6_ans", 3,
           "Player page: plain <audio> element pointing at /live.mp3",
           ["A web/player.html"]),
    commit("mw_f6_l1", 35,
           "Player: HLS via output.file.hls for phones that drop the Icecast connection",
           ["M web/player.html", "A radio/hls.liq", "M hosts/relay/nginx.nix"]),
]
Q += [
    q("first_attempt", "How did the live studio get onto the stream at the very beginning?",
      ["mw_f1_ans"], "Mixxx straight to Icecast /live first; harbor input on day 11", outdated=["mw_f1_l1"]),
    q("first_attempt", "Where did the show schedule come from originally?",
      ["mw_f2_ans"], "Google Calendar ICS, then schedule.toml", outdated=["mw_f2_l1"]),
    q("first_attempt", "Which machine ran Icecast initially?",
      ["mw_f3_ans"], "the studio NUC before the relay VPS", outdated=["mw_f3_l1"]),
    q("first_attempt", "When nobody was live, what did the station play to begin with?",
      ["mw_f4_ans"], "the whole library shuffled, before the rotation", outdated=["mw_f4_l1"]),
    q("first_attempt", "How did the now-playing line get updated at the start?",
      ["mw_f5_ans"], "hand-edited nowplaying.txt pushed by a script", outdated=["mw_f5_l1"]),
    q("first_attempt", "What did the community radio's web player use in the beginning?",
      ["mw_f6_ans"], "a plain audio element on /live.mp3, HLS later", outdated=["mw_f6_l1"], project=None),
]

# ---------------------------------------------------------------- fillers
R += [
    commit("mw_fill_c1", (0, 6), "flake: studio host skeleton, hardware-configuration",
           ["A flake.nix", "A hosts/studio/configuration.nix", "A hosts/studio/hardware-configuration.nix"]),
    commit("mw_fill_c2", (8, 22), "jingles folder + station ID every hour at :00",
           ["M radio/main.liq", "A radio/jingles.liq"]),
    commit("mw_fill_c3", (20, 40), "node exporter + icecast exporter on the relay",
           ["A modules/monitoring.nix", "M hosts/relay/configuration.nix"]),
    commit("mw_fill_c4", (36, 52), "Presenter accounts: ssh keys for three new volunteers",
           ["M modules/users.nix"]),
    commit("mw_fill_c5", (48, 60), "README: how to go live from the studio, with screenshots",
           ["M README.md", "A docs/go-live.png"]),
    chat("mw_fill_ch1", (2, 20),
         "User: in Nix how do I open a UDP port only on the tailscale interface?\n"
         "Assistant: networking.firewall.interfaces.\"tailscale0\".allowedUDPPorts = [ ... ]; ports there are "
         "not opened on the other interfaces."),
    chat("mw_fill_ch2", (25, 55),
         "User: liquidsoap: how do I insert a jingle every 3 tracks?\n"
         "Assistant: rotate(weights=[1, 3], [jingles, music]) plays one jingle then three music tracks.",
         src="cursor", files=["radio/rotation.liq"]),
    note("mw_fill_n1", (5, 30), "Committee wants a new logo on the player page; no rush."),
    note("mw_fill_n2", (30, 60), "Ask the council about a mast on the library roof for the DAB+ trial."),
    edit("mw_fill_e1", (10, 40), "radio/jingles.liq", "Station ID jingle list: added the new voiceover files.",
         src="cursor"),
    edit("mw_fill_e2", (40, 60), "web/player.html", "Player page: show next show name under now playing."),
    file("mw_fill_f1", (20, 55), "hosts/relay/configuration.nix",
         'services.icecast = {\n  enable = true;\n  hostname = "relay.marshwave.example.com";\n  listen.port = 8000;\n};'),
]

# ---------------------------------------------------------------- shell pool
POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=4),
    pool_cmd("git pull --rebase", "Already up to date.", w=2),
    pool_cmd("nix flake check", "evaluating flake...\nchecking flake output 'nixosConfigurations'...", w=2),
    pool_cmd("nix build .#nixosConfigurations.studio.config.system.build.toplevel", "", w=2),
    pool_cmd("deploy .#studio", "🚀 ℹ️ [deploy] [INFO] Activating profile `system` for node `studio`\n🚀 ℹ️ [activate] [INFO] Magic rollback is enabled", lo=3, hi=33, w=2),
    pool_cmd("deploy .#relay", "🚀 ℹ️ [deploy] [INFO] Activating profile `system` for node `relay`", lo=19, hi=33, w=1),
    pool_cmd("colmena apply", "[INFO ] Selected all 2 nodes.\n  relay ✅ Activation successful\n  studio ✅ Activation successful", lo=34, w=2),
    pool_cmd("liquidsoap --check radio/main.liq", "", w=2),
    pool_cmd("liquidsoap --check radio/main.liq", "At line 14, char 22-40:\nError 5: this value has type source(audio=pcm(stereo)) but it should be a subtype of source(audio=pcm(mono))", code=1, lo=8, hi=30, w=1),
    pool_cmd("ssh studio journalctl -u liquidsoap -n 30 --no-pager", "", w=2),
    pool_cmd("ssh relay systemctl status icecast --no-pager", "● icecast.service - Icecast Network Audio Streaming Server\n     Active: active (running)", lo=19, w=1),
    pool_cmd("ssh studio systemctl restart liquidsoap", "", w=1),
    pool_cmd("nix-collect-garbage --delete-older-than 14d", "deleting garbage...\n1204 store paths deleted, 2.81 GiB freed", w=1),
    pool_cmd("sudo nixos-rebuild switch --flake .#studio --target-host studio", "", hi=2, w=1),
    pool_cmd("mpv https://relay.marshwave.example.com/live.mp3", "[ffmpeg/demuxer] mp3: Estimating duration from bitrate, this may be inaccurate\nAUDIO: 44100Hz stereo 2ch floatp", lo=19, w=1),
    pool_cmd("python3 tools/stats/report.py --week", "week 05: sessions 1944, unique 1012, peak 61", lo=39, w=1),
    pool_cmd("ls /srv/archive/$(date +%F) | tail -3", "", w=1),
    pool_cmd("nixpkgs-fmt .", "0 / 23 have been reformatted", w=2),
    pool_cmd("nix flake show", "git+file:///home/jo/src/marshwave-nix\n└───nixosConfigurations\n    ├───relay: NixOS configuration\n    └───studio: NixOS configuration", lo=19, w=1),
    pool_cmd("curl -s https://relay.marshwave.example.com/status-json.xsl | jq '.icestats.source[0].listeners'", "31", lo=20, w=1),
    pool_cmd("sops hosts/relay/secrets.yaml", "", lo=10, w=1),
]
