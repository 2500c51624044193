import unittest

from app.greeting import greet


class BlankNameTest(unittest.TestCase):
    def test_a_blank_name_greets_the_world(self):
        self.assertEqual(greet("   ", 1), "Hello, world!")


if __name__ == "__main__":
    unittest.main()
