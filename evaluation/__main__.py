import sys

from evaluation.evaluate import main

sys.exit(main())
