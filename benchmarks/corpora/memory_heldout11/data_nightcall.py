"""nightcall: call detection, species sorting and survey summaries for a county bat group.

Stack: MATLAB scripts ported to GNU Octave 8.4 -> 9.2 (`octave-cli`, signal package), MOxUnit,
miss_hit (mh_style / mh_lint), sox/soxi, AudioMoth recorders (256 -> 384 kHz), gnuoctave Docker
image, GitLab CI, SD cards by post -> Nextcloud uploads, records-centre CSV.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

PROJECT = "nightcall"
ABBR = "nc"
CWD = "~/bats/nightcall"

RECORDS = [
    # ---------------- paraphrase ----------------
    commit("nc-p1-a", 36,
           "Reject bush-cricket stridulation in the low-frequency rule\n\n"
           "Steady 18-22 kHz buzz passed as Nyctalus; require a downward FM sweep and an "
           "interpulse interval over 200 ms.",
           [("M", "classify/rules_low.m"), ("M", "tests/test_rules_low.m")]),
    note("nc-p1-d", 37,
         "Noctule numbers at the meadow sites: in August the landowner asked if numbers shoot "
         "up every year. Send him the summary when it's done."),
    commit("nc-p2-a", 27,
           "Never run originals through the preview resample\n\n"
           "preview.sh did `sox in.wav out.wav rate 48k` in place, so everything above 24 kHz "
           "was gone from those WAVs. Previews go to /tmp now.",
           [("M", "tools/preview.sh")]),
    note("nc-p2-d", 28,
         "Batch of recordings from Ashdown came back; faint ticks in the first minute of each "
         "one are the recorder's own relay, nothing to worry about."),
    chat("nc-p3-a", 18,
         "User: detect_calls.m takes 14 h for one deployment.\n"
         "Assistant: the per-sample for loop is interpreted line by line in Octave. Frame the "
         "signal with buffer(), compute energy with sum(x.^2) on the matrix, and it should drop "
         "to well under an hour.", src="cursor", files=["detect/detect_calls.m"]),
    note("nc-p3-d", 19,
         "Weekend survey run at the lake: take the laptop and the spare recorders; the run "
         "starts at sunset."),
    commit("nc-p4-a", 32,
           "Map WAVs to locations by deployment window, not device serial alone\n\n"
           "Unit 24F3 moved from St Mary's to Lower Barn on the 12th and everything after was "
           "attributed to its first place.",
           [("M", "io/deployments.m"), ("M", "data/deployments.csv")]),
    note("nc-p4-d", 33,
         "Church surveys: the wrong key was filed for the vestry at St Mary's; some surveys "
         "may end late if we can't get in."),
    note("nc-p5-a", 39,
         "Detections closer than 1 s are merged into one pass now: with 50% overlapping "
         "segments each echolocation sequence was reported two or three times."),
    note("nc-p5-d", 40,
         "Summary for the newsletter: we heard a single barbastelle at Lower Barn, and one "
         "animal flew over and over the pond."),
    commit("nc-p6-a", 23,
           "Skip 0-byte WAVs instead of break in the catch block\n\n"
           "AudioMoth writes an empty one when the battery dies, and audioread threw.",
           [("M", "io/load_night.m")]),
    note("nc-p6-d", 24,
         "SD card from unit 31 was given back halfway through the month; the script for "
         "labelling cards needs an error column."),
    note("nc-p7-a", 29,
         "On the headless box use graphics_toolkit('gnuplot') and print -dpng; the qt toolkit "
         "needs a display and wrote empty PNGs."),
    note("nc-p7-d", 30,
         "Volunteers asked for charts by site; the ones made for the spring came out fine, do "
         "the same on the server for autumn."),

    # ---------------- command_fact ----------------
    sh("nc-c1-a", 12, "octave-cli --eval 'pkg list'",
       "Package Name  | Version | Installation directory\n--------------+---------+-----------------------\n"
       "      signal *|   1.4.5 | /usr/share/octave/packages/signal-1.4.5"),
    sh("nc-c1-d", 12, "octave-cli --eval 'pkg load signal; which specgram'",
       "'specgram' is a function from the file /usr/share/octave/packages/signal/specgram.m"),
    sh("nc-c2-a", 24, "octave-cli --eval \"addpath('vendor/MOxUnit/MOxUnit'); moxunit_runtests tests\"",
       "suite: 38 tests\n......................................\n--------------------------------------\n\nOK (passed=38)"),
    sh("nc-c2-d", 24, "octave-cli --eval \"addpath('vendor/MOxUnit/MOxUnit'); moxunit_runtests tests/test_rules_low.m\"",
       "suite: 6 tests\n.....F\n\nFAILED (passed=5, failure=1)", exit=1),
    sh("nc-c3-a", 26, "soxi /data/nightcall/2026/site07/20261029_193000.WAV",
       "Input File     : '/data/nightcall/2026/site07/20261029_193000.WAV'\nChannels       : 1\n"
       "Sample Rate    : 384000\nPrecision      : 16-bit\nDuration       : 00:00:55.00 = 21120000 samples ~ 4125 CDDA sectors"),
    sh("nc-c3-d", 26, "soxi -D tests/clips/pip_common.wav", "0.250000"),
    sh("nc-c4-a", 53, "du -sh /data/nightcall/2026", "1.7T\t/data/nightcall/2026"),
    note("nc-c4-d", 53,
         "Disk for the audio: this year we should buy a second 4 TB drive before the spring "
         "surveys take over."),
    sh("nc-c5-a", 50, "find /data/nightcall/2026 -name '*.WAV' | wc -l", "52907"),
    note("nc-c5-d", 50,
         "Survey sound files: volunteers produce one folder per recorder per night this year."),
    commit("nc-c6-a", 19, "Vendor MOxUnit 1.4.1 under vendor/", [("A", "vendor/MOxUnit")]),
    sh("nc-c6-d", 19, "git submodule status", " 8e3c1a4 vendor/miss_hit (heads/main)"),
    sh("nc-c7-a", 44, "time octave-cli process_night.m site07 2026-10-13",
       "site07 2026-10-13: 811 files, 1,942 detections, 603 passes\n\nreal\t6m12.408s\nuser\t5m58.101s\nsys\t0m9.877s"),
    sh("nc-c7-d", 44, "octave-cli process_night.m site07 2026-10-13 --dry-run",
       "site07 2026-10-13: would process 811 files"),

    # ---------------- more paraphrase / command_fact ----------------
    note("nc-p8-a", 25,
         "Unit 31's config had Sleep duration: 0 s and the LED on, so the NiMH cells were flat "
         "by the second morning."),
    note("nc-p8-d", 26,
         "Pond recorder: two nights of rain stopped the survey; last week we used the spare "
         "instead."),
    commit("nc-p9-a", 41,
           "Apply the Helmert step from WGS84 to OSGB36 before eastings/northings\n\n"
           "Skipping the datum shift put everything about 100 m out.",
           [("M", "io/osgb.m"), ("M", "tests/test_osgb.m")]),
    note("nc-p9-d", 42,
         "Records centre asked for map positions to the nearest hundred metres; sent them the "
         "spreadsheet with the positions."),
    sh("nc-c8-a", 34, "octave-cli --eval \"x = classify_test_set('tests/labelled'); disp(x.accuracy)\"", "0.9134"),
    sh("nc-c8-d", 34, "octave-cli --eval \"x = classify_test_set('tests/labelled_pips'); disp(x.accuracy)\"", "0.9712"),
    sh("nc-c9-a", 15, "sox --version", "sox:      SoX v14.4.2"),
    sh("nc-c9-d", 15, "which sox soxi", "/usr/bin/sox\n/usr/bin/soxi"),
    # ---------------- knowledge_update ----------------
    edit("nc-u1-o1", 8, "detect/params.m", "p.threshold_db = -30;  % energy threshold for the call detector"),
    commit("nc-u1-o2", 21, "Call detector energy threshold raised to -24 dB", [("M", "detect/params.m")]),
    note("nc-u1-a", 45,
         "Call detector energy threshold is now -27 dB: -24 missed distant serotines, -30 let "
         "in rain noise."),
    commit("nc-u2-o", 5, "Spectrograms use a 256-point FFT", [("M", "plot/spectro.m")]),
    note("nc-u2-a", 33, "Spectrograms now use a 512-point FFT with a Hann window; better frequency detail."),
    edit("nc-u3-o", 9, "Dockerfile", "FROM gnuoctave/octave:8.4.0  # Octave release for the pipeline"),
    note("nc-u3-a", 37, "Moved to Octave 9.2 (image gnuoctave/octave:9.2.0); all MOxUnit tests pass."),
    commit("nc-u4-o", 17, "Split common and soprano pipistrelles at 50 kHz peak frequency",
           [("M", "classify/rules_pip.m")]),
    note("nc-u4-a", 48,
         "Pipistrelle split now 51 kHz peak frequency, with 49-52 kHz marked 'Pipistrellus sp.' "
         "rather than forcing common or soprano."),
    note("nc-u5-o", 11, "Recorders schedule: record from sunset to sunrise every night."),
    commit("nc-u5-a", 29,
           "Recorders schedule: start 30 minutes after sunset and record for 4 hours each night",
           [("M", "config/audiomoth_schedule.txt")]),
    edit("nc-u6-o", 14, "detect/params.m", "p.min_call_ms = 2;  % shortest call length kept"),
    commit("nc-u6-a", 42, "Shortest call length kept is now 3 ms; 2 ms let rain drops through",
           [("M", "detect/params.m")]),

    # ---------------- first_attempt ----------------
    note("nc-f1-a", 0, "Analysis runs in MATLAB R2021b on Dee's university licence for now."),
    commit("nc-f1-l", 6, "Port the analysis scripts to GNU Octave", [("M", "detect/detect_calls.m"), ("A", "Dockerfile")]),
    note("nc-f2-a", 1, "Species are identified by eye and ear in Audacity by two volunteers."),
    note("nc-f2-l", 16,
         "Species are now identified by the rule-based classifier in Octave (peak frequency, "
         "duration, call shape); Audacity only for spot checks."),
    note("nc-f3-a", 2, "Volunteers post their SD cards to me and I copy them off."),
    commit("nc-f3-l", 28, "Fetch recordings from the Nextcloud upload share instead of posted cards",
           [("A", "tools/fetch_uploads.sh")]),
    commit("nc-f4-a", 4, "Write every detection into one big results.csv", [("A", "io/write_results.m")]),
    commit("nc-f4-l", 31, "Per-site CSVs plus the records-centre import format",
           [("M", "io/write_results.m"), ("A", "io/records_centre.m")]),
    note("nc-f5-a", 3, "Checking the detector: I look at spectrograms of a few nights and compare by eye."),
    commit("nc-f5-l", 20, "MOxUnit tests with reference clips for the detector",
           [("A", "tests/test_detect.m"), ("A", "tests/clips/")]),
    note("nc-f6-a", 0, "AudioMoths are set to 256 kHz sample rate for the pilot survey."),
    commit("nc-f6-l", 19, "Recorders switch to 384 kHz sample rate; update the config file",
           [("M", "config/audiomoth_config.txt")]),

    # ---------------- fillers ----------------
    commit(None, (6, 25), "Add site list with grid references", [("A", "data/sites.csv")]),
    commit(None, (25, 55), "Plot nightly activity histograms", [("A", "plot/activity.m")]),
    commit(None, (8, 50), "Fix typo in barbastelle label", [("M", "classify/labels.m")]),
    chat(None, (10, 45),
         "User: how do I read only part of a wav in Octave?\n"
         "Assistant: audioread(f, [start stop]) with sample indices; audioinfo(f) gives "
         "TotalSamples first."),
    note(None, (5, 55), "Ask the county recorder which grid reference precision they want."),
    edit(None, (12, 50), "classify/labels.m", "Added Myotis sp. and Plecotus sp. labels."),
    file(None, (30, 58), "config/audiomoth_config.txt",
         "Gain: medium\nSleep duration: 5 s\nLED: off\nBattery: NiMH\nFilter: none"),
]

POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=3),
    pool_cmd("git log --oneline -2", "c41e9a2 plot: tidy axes\n7b3a018 detect: params"),
    pool_cmd("octave-cli --version", "GNU Octave, version 8.4.0", days=(6, 36)),
    pool_cmd("octave-cli --version", "GNU Octave, version 9.2.0", days=(37, 60)),
    pool_cmd("matlab -batch \"run('detect/detect_calls.m')\"", "detections: 212", days=(0, 5)),
    pool_cmd("octave-cli process_night.m site03 latest", "site03: 640 files, 1,103 detections, 377 passes", w=3, days=(7, 60)),
    pool_cmd("octave-cli process_night.m site11 latest",
             "error: audioread: unable to open file '/data/nightcall/2026/site11/20261002_201500.WAV'",
             exit=1, days=(10, 22)),
    pool_cmd("mh_style --fix detect/", "MISS_HIT Style Summary: 14 file(s) analysed, 2 style issue(s) fixed", w=2),
    pool_cmd("mh_lint detect/", "detect/merge_passes.m: 31:5: lint: variable 'gap' is never used\nMISS_HIT Lint Summary: 14 file(s) analysed, 1 issue(s)", exit=1),
    pool_cmd("sox /data/nightcall/2026/site03/20261030_201000.WAV -n stat 2>&1 | grep amplitude",
             "Maximum amplitude:     0.412323\nMinimum amplitude:    -0.398102\nMean    amplitude:     0.000011", days=(25, 60)),
    pool_cmd("rsync -av /media/dee/MOTH24F3/ /data/nightcall/incoming/", "sent 2.13G bytes  received 1.2K bytes", days=(2, 27)),
    pool_cmd("./tools/fetch_uploads.sh", "fetched 6 folders from the upload share", w=2, days=(28, 60)),
    pool_cmd("docker run --rm -v $PWD:/w -w /w gnuoctave/octave:8.4.0 octave-cli --eval 'run_all'", "done", days=(9, 36)),
    pool_cmd("docker run --rm -v $PWD:/w -w /w gnuoctave/octave:9.2.0 octave-cli --eval 'run_all'", "done", days=(37, 60)),
    pool_cmd("head -3 out/site03.csv", "time,species,peak_khz,duration_ms\n20:14:03,P. pipistrellus,45.8,5.1\n20:14:41,P. pygmaeus,54.9,4.7", days=(31, 60)),
    pool_cmd("wc -l out/results.csv", "8721 out/results.csv", days=(4, 30)),
    pool_cmd("octave-cli --eval 'spectro(\"tests/clips/pip_common.wav\")'", "wrote out/pip_common.png", days=(5, 60)),
]

QUESTIONS = [
    q("paraphrase", "Why did noctule numbers shoot up at the meadow sites in August?",
      ["nc-p1-a"], distractors=["nc-p1-d"], note="Bush-cricket stridulation passed the low-frequency rule."),
    q("paraphrase", "Why did a batch of recordings end up with nothing but faint ticks in them?",
      ["nc-p2-a"], distractors=["nc-p2-d"], note="Preview step resampled originals to 48 kHz in place."),
    q("paraphrase", "Why did the runs take all weekend on the laptop?",
      ["nc-p3-a"], distractors=["nc-p3-d"], note="Interpreted per-sample loop; vectorise with buffer()."),
    q("paraphrase", "Why did some surveys end up filed under the wrong church?",
      ["nc-p4-a"], distractors=["nc-p4-d"], note="Locations mapped by device serial; a moved unit kept its old place."),
    q("paraphrase", "Why did the summary say we'd heard one animal over and over when it was just a single fly-by?",
      ["nc-p5-a"], distractors=["nc-p5-d"], note="Overlapping segments reported each sequence several times."),
    q("paraphrase", "Why did the script give up halfway through a card with no error?",
      ["nc-p6-a"], distractors=["nc-p6-d"], note="A 0-byte WAV hit a catch block that did break."),
    q("paraphrase", "Why did the charts for the volunteers come out blank when made on the server?",
      ["nc-p7-a"], distractors=["nc-p7-d"], note="qt graphics toolkit needs a display; use gnuplot headless."),
    q("command_fact", "Which version of the signal processing package is installed?",
      ["nc-c1-a"], distractors=["nc-c1-d"], keys=["1.4.5"], note="pkg list output."),
    q("command_fact", "How many unit tests passed the first time the whole suite was run?",
      ["nc-c2-a"], distractors=["nc-c2-d"], keys=["passed=38"], note="MOxUnit summary on day 24."),
    q("command_fact", "How long is each clip the recorders save?",
      ["nc-c3-a"], distractors=["nc-c3-d"], keys=["00:00:55.00"], note="soxi Duration of one WAV."),
    q("command_fact", "How much disk does this year's audio take?",
      ["nc-c4-a"], distractors=["nc-c4-d"], keys=["1.7T"], note="du -sh of the 2026 folder."),
    q("command_fact", "How many sound files did this year's survey produce?",
      ["nc-c5-a"], distractors=["nc-c5-d"], keys=["52907"], note="find | wc -l over the WAVs."),
    q("command_fact", "Which release of the unit test framework did we vendor?",
      ["nc-c6-a"], distractors=["nc-c6-d"], keys=["1.4.1"], note="Commit vendoring MOxUnit."),
    q("command_fact", "How long did it take to process one night of bat audio last time I timed it?",
      ["nc-c7-a"], distractors=["nc-c7-d"], keys=["6m12.408s"], null=True, note="time output of process_night.m."),
    q("knowledge_update", "What energy threshold does the call detector use now?",
      ["nc-u1-a"], outdated=["nc-u1-o1", "nc-u1-o2"], note="-30 -> -24 -> -27 dB."),
    q("knowledge_update", "What FFT size do spectrograms use these days?",
      ["nc-u2-a"], outdated=["nc-u2-o"], note="256 -> 512."),
    q("knowledge_update", "Which Octave release does the bat survey code need now?",
      ["nc-u3-a"], outdated=["nc-u3-o"], null=True, note="8.4 -> 9.2."),
    q("knowledge_update", "Where do we draw the line between common and soprano pipistrelles now?",
      ["nc-u4-a"], outdated=["nc-u4-o"], note="50 kHz -> 51 kHz with an uncertain band."),
    q("knowledge_update", "What's the recorders' nightly schedule at the moment?",
      ["nc-u5-a"], outdated=["nc-u5-o"], note="Sunset to sunrise -> sunset+30 min for 4 h."),
    q("knowledge_update", "What's the shortest call length we keep now?",
      ["nc-u6-a"], outdated=["nc-u6-o"], note="2 ms -> 3 ms."),
    q("first_attempt", "What did we run the analysis in at the very start?",
      ["nc-f1-a"], outdated=["nc-f1-l"], note="MATLAB on a university licence before Octave."),
    q("first_attempt", "How were species identified originally?",
      ["nc-f2-a"], outdated=["nc-f2-l"], note="By eye and ear in Audacity."),
    q("first_attempt", "How did the recordings reach us in the beginning?",
      ["nc-f3-a"], outdated=["nc-f3-l"], note="SD cards by post before the Nextcloud share."),
    q("first_attempt", "What did the output look like at first?",
      ["nc-f4-a"], outdated=["nc-f4-l"], note="One big results.csv."),
    q("first_attempt", "How did we check the detector initially?",
      ["nc-f5-a"], outdated=["nc-f5-l"], note="Eyeballing spectrograms before MOxUnit tests."),
    q("first_attempt", "What sample rate did the bat group's recorders start with?",
      ["nc-f6-a"], outdated=["nc-f6-l"], null=True, note="256 kHz before 384 kHz."),
    q("paraphrase", "Why did the recorder at the pond stop after two nights instead of lasting the week?",
      ["nc-p8-a"], distractors=["nc-p8-d"], note="Zero sleep and LED on drained the batteries."),
    q("paraphrase", "Why were the map positions we sent to the records centre about a hundred metres off?",
      ["nc-p9-a"], distractors=["nc-p9-d"], note="Missing WGS84 -> OSGB36 datum shift."),
    q("command_fact", "How accurate was the species classifier on the labelled test set?",
      ["nc-c8-a"], distractors=["nc-c8-d"], keys=["0.9134"], note="classify_test_set accuracy."),
    q("command_fact", "Which SoX version is on the processing machine?",
      ["nc-c9-a"], distractors=["nc-c9-d"], keys=["v14.4.2"], note="sox --version."),
]
