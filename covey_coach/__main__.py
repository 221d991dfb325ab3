from covey_coach.cli import main

raise SystemExit(main())
