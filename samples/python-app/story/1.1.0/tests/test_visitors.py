import unittest

from app.greeting import greet


class VisitorTest(unittest.TestCase):
    def test_counts_visitors(self):
        self.assertEqual(greet("Ann", 1), "Hello, Ann! You are our 1st visitor.")
        self.assertEqual(greet("Ann", 2), "Hello, Ann! You are our 2nd visitor.")
        self.assertEqual(greet("Ann", 12), "Hello, Ann! You are our 12th visitor.")


if __name__ == "__main__":
    unittest.main()
