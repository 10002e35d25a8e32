// Tailwind theme for the web app: the writing-studio palette and type faces (loaded from web/styles.css via @config).
/** @type {import('tailwindcss').Config} */
export default {
  content: ['./index.html', './web/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        ink: {
          50: '#f7f6f3',
          100: '#eceae4',
          200: '#d8d4c9',
          300: '#b9b3a3',
          400: '#8f8878',
          500: '#6b6557',
          600: '#524d42',
          700: '#3b3730',
          800: '#26241f',
          900: '#181713',
          950: '#0f0e0b',
        },
        quill: {
          50: '#eef4ff',
          100: '#dbe7ff',
          300: '#93b4f5',
          400: '#6690ea',
          500: '#4a72d9',
          600: '#3658bd',
          700: '#2d4799',
        },
      },
      fontFamily: {
        serif: ['"Iowan Old Style"', '"Palatino Linotype"', 'Palatino', 'Georgia', 'serif'],
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'sans-serif'],
      },
    },
  },
};
